import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageType, type Connection } from 'vscode-languageserver';
import { CONFIG_FILE, findAsset } from 'cxgov/editor';
import type { Workspace } from '../host/workspaceHost.js';
import type { NewProjectResult } from '../protocol.js';
import { tell } from './arguments.js';

/** More globs than anyone types by hand; a client that sends more is not asking for a project. */
const MAX_GLOBS = 100;
const MAX_GLOB_LENGTH = 1000;

/**
 * Makes the governance files already in `folder` a project: writes only `cxgov.yaml` (the
 * template's, with `sources.include` when given), never over an existing one, and checks them.
 */
export async function newConfigFile(connection: Connection, workspace: Workspace, folder: string, include: unknown): Promise<NewProjectResult | null> {
  const globs = validGlobs(include);
  if (!globs) {
    tell(connection, MessageType.Error, `cxgov: nothing was written: "include" must be a list of at most ${MAX_GLOBS} globs.`);
    return null;
  }
  const text = readFileSync(findAsset(`templates/init/${CONFIG_FILE}`), 'utf8') + sourcesBlock(globs);
  try {
    // 'wx': created here or not at all, even if another tool writes the file meanwhile.
    writeFileSync(join(folder, CONFIG_FILE), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    tell(connection, MessageType.Error, `cxgov: nothing was written, because ${CONFIG_FILE} already exists in ${folder}.`);
    return { folder, created: [], existing: [CONFIG_FILE] };
  }
  await workspace.refresh();
  tell(connection, MessageType.Info, `cxgov: created ${CONFIG_FILE} in ${folder}: its governance files are now checked as one project.`);
  return { folder, created: [CONFIG_FILE], existing: [] };
}

function validGlobs(include: unknown): string[] | undefined {
  if (include === undefined || include === null) return [];
  if (!Array.isArray(include) || include.length > MAX_GLOBS) return undefined;
  const ok = include.every((glob) => typeof glob === 'string' && glob.length > 0 && glob.length <= MAX_GLOB_LENGTH);
  return ok ? (include as string[]) : undefined;
}

/** JSON strings are YAML double-quoted scalars: no file name can break out of its line. */
function sourcesBlock(globs: readonly string[]): string {
  if (globs.length === 0) return '';
  return `\n# The governance files that were here before this file:\nsources:\n  include:\n${globs.map((glob) => `    - ${JSON.stringify(glob)}\n`).join('')}`;
}
