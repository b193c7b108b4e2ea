import type { Path } from '../source/locate.js';
import { lineShape, opensBlockScalar, stripComment, unquote, type LinePoint, type LineShape } from './yamlLine.js';

/**
 * What is being typed at a cursor, read from the text and its indentation alone, so that it works
 * on a line that does not parse yet (`    owner: `, `supports: [wo`).
 */
export interface CursorContext {
  /**
   * For a key: the path of the mapping that will hold it (`['kpis', 2]`). For a value: the path of
   * the value (`['kpis', 2, 'owner']`, or `['kpis', 2, 'supports', 1]` for a list item).
   */
  path: Path;
  position: 'key' | 'value';
  /** The text typed so far (without an opening quote). */
  prefix: string;
  /** Offsets of the word being completed: from its start to the end of the word under the cursor. */
  start: number;
  end: number;
  /** Keys already written in the mapping (key), or items already in the list (value in a list). */
  siblings: string[];
  /** How a value in a list is written: `- item` or `[item, …]`. */
  list?: 'block' | 'flow';
  /** A list item that holds no `key:` yet (`- ` or `- na`): it may be the start of a mapping. */
  newItem?: { keys: string[] };
  /** What must be inserted before a completion: a space right after `key:` or `-`. */
  lead: string;
}

interface Frame {
  type: 'map' | 'seq';
  col: number;
  /** For a list: how many items come before the one holding the cursor. */
  count: number;
}

const WORD_END = /^[^\s,[\]{}#:"']*/;

/** The typing context at an offset of a text; undefined in comments, text blocks and flow mappings. */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndAt = text.indexOf('\n', offset);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  const before = text.slice(lineStart, offset);
  if (stripComment(before) !== before) return undefined;
  const lines = text.slice(0, lineEnd).split('\n');
  const cursorLine = lines.length - 1;
  const wordEnd = offset + WORD_END.exec(text.slice(offset, lineEnd))![0].length;
  const typed = typedAt(before);
  if (!typed) return undefined;
  const { frame, tail, leftPoints } = typed;
  const up = climb(lines, cursorLine, leftPoints, frame);
  if (!up) return undefined;
  let prefix = typed.prefix;
  let start = offset - prefix.length;
  if (prefix.startsWith('"') || prefix.startsWith("'")) {
    prefix = prefix.slice(1);
    start++;
  }
  const charBefore = before[before.length - typed.prefix.length - 1];
  const lead = typed.prefix === '' && (charBefore === ':' || charBefore === '-') ? ' ' : '';
  const after = text.slice(lineEnd + 1).split('\n');
  const siblings =
    typed.flowItems ??
    (typed.position === 'key' || frame.type === 'seq' ? [...up.siblings, ...siblingsBelow(after, frame)] : []);
  const context: CursorContext = { path: [...up.path, ...tail], position: typed.position, prefix, start, end: Math.max(wordEnd, offset), siblings, lead };
  if (typed.flowItems) context.list = 'flow';
  else if (frame.type === 'seq') context.list = 'block';
  if (typed.newItemCol !== undefined) context.newItem = { keys: siblingsBelow(after, { type: 'map', col: typed.newItemCol, count: 0 }) };
  return context;
}

interface Typed {
  position: 'key' | 'value';
  prefix: string;
  /** The innermost collection holding the cursor, and the path segments below it. */
  frame: Frame;
  tail: Path;
  /** Marks left of the frame on the cursor line: its parents. */
  leftPoints: LinePoint[];
  flowItems?: string[];
  newItemCol?: number;
}

/** Reads the cursor line up to the cursor. */
function typedAt(before: string): Typed | undefined {
  const shape = lineShape(before);
  if (shape === 'document') return undefined;
  if (!shape) return { position: 'key', prefix: '', frame: { type: 'map', col: before.length, count: 0 }, tail: [], leftPoints: [] };
  const last = shape.points[shape.points.length - 1];
  const leftPoints = shape.points.slice(0, -1);
  if (last?.kind === 'key') {
    const flow = /^\[([^\]]*)$/.exec(last.value);
    if (flow) {
      const parts = flow[1]!.split(',');
      const prefix = parts.pop()!.trimStart();
      const flowItems = parts.map((part) => unquote(part.trim())).filter(Boolean);
      return { position: 'value', prefix, frame: { type: 'map', col: last.col, count: 0 }, tail: [last.key, parts.length], leftPoints, flowItems };
    }
    if (/^[[{]/.test(last.value) || opensBlockScalar(last.value)) return undefined;
    const prefix = before.slice(last.valueCol);
    return { position: 'value', prefix, frame: { type: 'map', col: last.col, count: 0 }, tail: [last.key], leftPoints };
  }
  if (last?.kind === 'dash') {
    if (/^[[{]/.test(shape.rest)) return undefined;
    return { position: 'value', prefix: before.slice(shape.restCol), frame: { type: 'seq', col: last.col, count: 0 }, tail: [], leftPoints, newItemCol: restColumn(shape, last) };
  }
  if (/^[[{]/.test(shape.rest)) return undefined;
  return { position: 'key', prefix: before.slice(shape.restCol), frame: { type: 'map', col: shape.indent, count: 0 }, tail: [], leftPoints: [] };
}

function restColumn(shape: LineShape, dash: LinePoint): number {
  return shape.rest === '' ? dash.col + 2 : shape.restCol;
}

/** Walks up from the cursor line to the top of the document, building the path and the siblings. */
function climb(lines: string[], cursorLine: number, leftPoints: LinePoint[], start: Frame): { path: Path; siblings: string[] } | undefined {
  const reversed: (string | number)[] = [];
  const siblings: string[] = [];
  let frame: Frame = { ...start };
  let innermost = true;
  const enter = (point: LinePoint): boolean => {
    if (point.kind === 'key' && opensBlockScalar(point.value)) return false;
    if (frame.type === 'seq') reversed.push(frame.count);
    if (point.kind === 'key') reversed.push(point.key);
    frame = { type: point.kind === 'key' ? 'map' : 'seq', col: point.col, count: 0 };
    innermost = false;
    return true;
  };
  for (const point of [...leftPoints].reverse()) if (!enter(point)) return undefined;
  for (let line = cursorLine - 1; line >= 0; line--) {
    const shape = lineShape(lines[line]!);
    if (shape === 'document') break;
    if (!shape) continue;
    for (let i = shape.points.length - 1; i >= 0; i--) {
      const point = shape.points[i]!;
      if (point.col > frame.col) continue;
      if (point.col === frame.col) {
        if (frame.type === 'map' && point.kind === 'key') {
          if (innermost) siblings.push(point.key);
        } else if (frame.type === 'seq' && point.kind === 'dash') {
          frame.count++;
          if (innermost && i === shape.points.length - 1 && shape.rest) siblings.push(unquote(shape.rest));
        } else if (frame.type === 'seq' && point.kind === 'key') {
          // A list written at the same column as its key (`kpis:` then `- id: …`).
          if (!enter(point)) return undefined;
        }
        continue;
      }
      if (!enter(point)) return undefined;
    }
  }
  if (frame.type === 'seq') reversed.push(frame.count);
  return { path: reversed.reverse(), siblings };
}

/** Keys (or list items) of the same collection written below the cursor line. */
function siblingsBelow(lines: string[], frame: Frame): string[] {
  const found: string[] = [];
  for (const line of lines) {
    const shape = lineShape(line);
    if (shape === 'document') break;
    if (!shape) continue;
    const first = shape.points[0];
    if (!first) {
      if (shape.indent < frame.col) break;
      continue;
    }
    if (first.col < frame.col) break;
    if (first.col > frame.col) continue;
    if (frame.type === 'map' && first.kind === 'key') found.push(first.key);
    if (frame.type === 'map' && first.kind === 'dash' && frame.col > 0) break;
    if (frame.type === 'seq' && first.kind === 'key') break;
    if (frame.type === 'seq' && first.kind === 'dash' && shape.points.length === 1 && shape.rest) found.push(unquote(shape.rest));
  }
  return found;
}
