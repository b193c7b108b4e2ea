import type { Entity, Position, Range, Reference } from 'cxgov';
import { offsetAt, textRange, type FileAnalysis } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import type { ProjectState, WorkspaceHost } from '../host/types.js';
import { pathToUri, uriToPath } from '../uri.js';

/** A source file of a project, as every feature starts from it. */
export interface OpenSource {
  path: string;
  state: ProjectState;
  analysis: FileAnalysis;
}

/** The project and analysis of the file behind a URI; undefined when it is not a governance source. */
export async function sourceOf(host: WorkspaceHost, uri: string): Promise<OpenSource | undefined> {
  const path = uriToPath(uri);
  const state = await host.projectFor(path);
  const analysis = state?.analysis(path);
  return state && analysis ? { path, state, analysis } : undefined;
}

/** The offset of an LSP position in a source's current text. */
export function offsetOf(analysis: FileAnalysis, position: Position): number {
  return offsetAt(analysis.file, position);
}

/** Where an entry's id is written (inside quotes, if any). */
export function idRange(entity: Entity): Range {
  return textRange(entity.file, entity.doc, [...entity.path, 'id']);
}

/** Where a reference's id is written. */
export function referenceRange(reference: Reference): Range {
  return textRange(reference.from.file, reference.from.doc, reference.path);
}

/** The LSP location of an entry's id. */
export function idLocation(entity: Entity): Location {
  return { uri: pathToUri(entity.file.path), range: idRange(entity) };
}

/** The LSP location of a reference's id. */
export function referenceLocation(reference: Reference): Location {
  return { uri: pathToUri(reference.from.file.path), range: referenceRange(reference) };
}
