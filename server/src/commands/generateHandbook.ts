import { join, resolve } from 'node:path';
import { MessageType, type Connection, type Position } from 'vscode-languageserver';
import type { Entity } from 'cxgov';
import { fullRange, type EditorTarget, type FileAnalysis } from 'cxgov/editor';
import type { ProjectState, WorkspaceHost } from '../host/types.js';
import { targetOf } from '../service/target.js';
import type { GenerateHandbookParams, GenerateHandbookResult } from '../protocol.js';
import { requestedProject, tell } from './arguments.js';

/**
 * Writes the handbook of the project that holds the given file (the first project when none is
 * given), from the project as the editor sees it (unsaved edits included), with the same safety
 * as `cxgov handbook`. With a position, also says which page shows the entry there.
 */
export async function generateHandbook(connection: Connection, host: WorkspaceHost, params: GenerateHandbookParams | null): Promise<GenerateHandbookResult | null> {
  const requested = await requestedProject(connection, host, params?.uri, 'to write a handbook for');
  if (!requested) return null;
  const { state, path } = requested;
  const { settings } = state;
  // The handbook's Markdown toolchain is loaded by the first command that needs it, not at start-up.
  const { HandbookFolderError, HandbookWriteError, renderHandbookWithLocations, writeHandbook } = await import('cxgov');
  const folder = resolve(settings.root, settings.handbook.out);
  const { pages, locate } = renderHandbookWithLocations({ index: state.index, settings, options: settings.handbook });
  try {
    const { notices } = await writeHandbook(folder, pages);
    for (const notice of notices) tell(connection, MessageType.Warning, `cxgov: ${notice}`);
  } catch (error) {
    if (!(error instanceof HandbookFolderError)) throw error;
    tell(connection, MessageType.Error, error instanceof HandbookWriteError ? `cxgov: ${error.message}` : `cxgov: nothing written: ${error.message}`);
    return null;
  }
  const position = params?.position;
  const entity = path && isPosition(position) ? entityAt(state, path, position) : undefined;
  // The anchor the page really gave the entry's heading: names that slug alike are numbered.
  const location = (entity && locate(entity.kind, entity.id)) ?? { path: 'index.md', anchor: undefined };
  return {
    folder,
    pages: pages.map((page) => join(folder, page.path)),
    page: { file: join(folder, location.path), anchor: location.anchor },
  };
}

/** The entry the cursor is in: the one an id names, else the innermost entry around the cursor. */
function entityAt(state: ProjectState, path: string, position: Position): Pick<Entity, 'kind' | 'id'> | undefined {
  const analysis = state.analysis(path);
  if (!analysis) return undefined;
  const target: EditorTarget | undefined = targetOf(analysis, position);
  if (target?.type === 'id') return target.entity;
  if (target?.type === 'reference') return target.reference;
  if (!target) return entryOnLine(analysis, position.line);
  const around = analysis.entities.filter(
    (entity) => entity.kind !== 'mission' && entity.doc === target.doc && entity.path.every((step, i) => target.path[i] === step),
  );
  return around.sort((a, b) => b.path.length - a.path.length)[0];
}

/**
 * The innermost entry written on a line, for a cursor on no node (in the indentation, after the
 * end of a line): what the line belongs to for the person reading it.
 */
function entryOnLine(analysis: FileAnalysis, line: number): Entity | undefined {
  const on = analysis.entities.filter((entity) => {
    if (entity.kind === 'mission') return false;
    const range = fullRange(entity.file, entity.doc, entity.path);
    // A range that ends at the start of a line does not hold that line.
    return range.start.line <= line && (line < range.end.line || (line === range.end.line && range.end.character > 0));
  });
  return on.sort((a, b) => b.path.length - a.path.length)[0];
}

function isPosition(value: unknown): value is Position {
  return !!value && typeof value === 'object' && typeof (value as Position).line === 'number' && typeof (value as Position).character === 'number';
}
