import type { Fix } from './problem.js';
import type { Range } from '../source/range.js';
import type { Path } from '../source/locate.js';

/**
 * An edit that replaced one item of a top-level list of a file (an entry) and nothing else (see
 * reparseItem): the lines before the item stayed as they were, and those after it moved by
 * `lineDelta` lines, their columns unchanged (the item ends where a line starts).
 */
export interface EntryEdit {
  /** The list's key, the index of the item replaced, and how many items replace it. */
  section: string;
  at: number;
  added: number;
  /** The 0-based line of the item's `- ` and of the next item's, before the edit. */
  fromLine: number;
  toLine: number;
  lineDelta: number;
}

/** Where a line of the text before the edit went: kept, gone with the replaced item, or moved. */
export function lineAfter(edit: EntryEdit, line: number): number | undefined {
  if (line < edit.fromLine) return line;
  return line >= edit.toLine ? line + edit.lineDelta : undefined;
}

/** Whether a line of the text after the edit lies in the items that replaced the edited one. */
export function inNewLines(edit: EntryEdit, line: number): boolean {
  return line >= edit.fromLine && line < edit.toLine + edit.lineDelta;
}

/** A range past the replaced item, moved with its lines. */
export function movedRange(edit: EntryEdit, range: Range): Range {
  const { lineDelta } = edit;
  return lineDelta === 0 ? range : { start: { line: range.start.line + lineDelta, character: range.start.character }, end: { line: range.end.line + lineDelta, character: range.end.character } };
}

/** Fixes whose edits lie past the replaced item (or before it), moved with their lines. */
export function movedFixes(edit: EntryEdit, fixes: Fix[]): Fix[] {
  const move = (range: Range) => (range.start.line >= edit.toLine ? movedRange(edit, range) : range);
  return edit.lineDelta === 0 ? fixes : fixes.map((fix) => ({ ...fix, edits: fix.edits.map((text) => ({ ...text, range: move(text.range) })), ...(fix.reveal && { reveal: { ...fix.reveal, range: move(fix.reveal.range) } }) }));
}

/** The index of the item of the edited list a path lies in; undefined for a path outside the list's items. */
export function entryIndex(edit: EntryEdit, path: Path): number | undefined {
  const index = path[1];
  return path[0] === edit.section && typeof index === 'number' ? index : undefined;
}

/** Whether a path of the text before the edit lies in the item replaced. */
export function inOldEntry(edit: EntryEdit, path: Path): boolean {
  return entryIndex(edit, path) === edit.at;
}

/** Whether a path lies in one of the items that replaced the edited one. */
export function inNewEntries(edit: EntryEdit, path: Path): boolean {
  const index = entryIndex(edit, path);
  return index !== undefined && index >= edit.at && index < edit.at + edit.added;
}
