import * as vscode from 'vscode';
import { configAbove } from './projectFolders';

/** A top-level cxgov section (SPEC "Sources"): `kpis:`, `owners:`, `mission:` … on a line of its own. */
const SECTION = /^(?:mission|values|owners|standards|kpis|initiatives|rituals):[ \t]*(?:#.*)?$/m;
/** Kubernetes and friends: a manifest is never governance, whatever its keys. */
const MANIFEST = /^(?:apiVersion|kind):/m;
/** Enough text to see the top-level keys of any real source; a huge file is not read whole. */
const SNIFF_CHARS = 64 * 1024;

/** Whether a document looks like cxgov governance YAML (a saved file with a cxgov section). */
export function looksLikeGovernance(document: vscode.TextDocument): boolean {
  if (document.uri.scheme !== 'file' || document.languageId !== 'yaml' || /(^|\/)cxgov\.yaml$/.test(document.uri.path)) return false;
  const text = document.getText().slice(0, SNIFF_CHARS);
  return SECTION.test(text) && !MANIFEST.test(text);
}

/** Whether a file lies in a governance project: a `cxgov.yaml` in its folder or above. */
export async function inProject(file: vscode.Uri): Promise<boolean> {
  return (await configAbove(vscode.Uri.joinPath(file, '..'))) !== undefined;
}

/** Where a `cxgov.yaml` for an existing file goes, and the sources it must name for the file to be read. */
export interface ProjectSuggestion {
  readonly folder: vscode.Uri;
  /** Globs relative to `folder`; empty when the default sources (`governance/**`, `*.cxgov.yaml`) hold the file. */
  readonly include: readonly string[];
}

/**
 * Above the nearest `governance/` folder the default sources hold the file; a `*.cxgov.yaml`
 * file is held where it is; any other file is named in `sources.include`, beside it.
 */
export function suggestProject(file: vscode.Uri): ProjectSuggestion {
  const segments = file.path.split('/');
  const governance = segments.lastIndexOf('governance', segments.length - 2);
  if (governance > 0) return { folder: file.with({ path: segments.slice(0, governance).join('/') || '/' }), include: [] };
  const folder = vscode.Uri.joinPath(file, '..');
  const name = segments[segments.length - 1]!;
  return { folder, include: /\.cxgov\.ya?ml$/.test(name) ? [] : [escapeGlob(name)] };
}

/** A file name as a glob that matches only itself. */
function escapeGlob(name: string): string {
  return name.replace(/[\\*?[\]{}()!+@]/g, '\\$&');
}
