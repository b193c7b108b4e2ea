import { isNode } from 'yaml';
import { locate, nodeAt, type Path } from '../source/locate.js';
import { offsetsToRange, type SourceFile } from '../source/sourceFile.js';
import type { Position, Range } from '../model/problem.js';

/** The offset in a file's text of a 0-based position, clamped to the line and to the text. */
export function offsetAt(file: Pick<SourceFile, 'text' | 'lineCounter'>, position: Position): number {
  const starts = file.lineCounter.lineStarts;
  if (position.line < 0) return 0;
  if (position.line >= starts.length) return file.text.length;
  const lineStart = starts[position.line]!;
  const nextLine = position.line + 1 < starts.length ? starts[position.line + 1]! : file.text.length;
  return Math.min(lineStart + Math.max(0, position.character), nextLine);
}

/** The 0-based position of an offset. */
export function positionAt(file: Pick<SourceFile, 'lineCounter'>, offset: number): Position {
  return offsetsToRange(file, offset, offset).start;
}

/**
 * The range of the text of a scalar at a path, inside its quotes when it is quoted, so that an edit
 * of an id keeps the quoting and a rename shows only the id. Read from the located text rather than
 * the YAML node, so that a rename over a thousand files does not parse them again.
 */
export function textRange(file: SourceFile, doc: number, path: Path): Range {
  const range = locate({ file, doc, path });
  const start = offsetAt(file, range.start);
  const end = offsetAt(file, range.end);
  const quote = file.text[start];
  if ((quote === '"' || quote === "'") && end - start >= 2 && file.text[end - 1] === quote) return offsetsToRange(file, start + 1, end - 1);
  return range;
}

/** The whole extent of the node at a path (all its lines), for outlines and folding. */
export function fullRange(file: SourceFile, doc: number, path: Path): Range {
  const node = nodeAt(file, doc, path);
  if (!isNode(node) || !node.range) return locate({ file, doc, path });
  return offsetsToRange(file, node.range[0], trimmedEnd(file.text, node.range[0], node.range[1]));
}

/** Where written text between two offsets ends: a block collection's range runs to the start of what follows, and trailing blank lines are not part of it. */
export function trimmedEnd(text: string, start: number, end: number): number {
  return start + text.slice(start, end).replace(/\s+$/, '').length;
}

/** The range of the key of the pair at a path (the last segment must be a key). */
export function keyRange(file: SourceFile, doc: number, path: Path): Range {
  return locate({ file, doc, path, target: 'key' });
}

/** Whether a position lies within a range, both ends included (a cursor right after a word is on it). */
export function rangeContains(range: Range, position: Position): boolean {
  return !isBefore(position, range.start) && !isBefore(range.end, position);
}

/** Whether two ranges share at least one position (touching counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return !isBefore(a.end, b.start) && !isBefore(b.end, a.start);
}

export { sameRange } from '../source/range.js';

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
