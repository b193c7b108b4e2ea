// Text edits that quick fixes are made of, computed from the parsed YAML so that they land at the
// indentation the file already uses. Each returns undefined when the YAML is not in a shape it can
// edit safely (flow style, parse errors) rather than guessing.
import { isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { keyText, nodeAt } from '../source/locate.js';
import { offsetsToRange, type SourceFile } from '../source/sourceFile.js';
import type { Entity } from '../model/entity.js';
import type { TextEdit } from '../model/problem.js';

/**
 * Gives an entry's field a value: fills `field:` when it is written but empty (`owner:`,
 * `supports: []`), or adds `field: value` on a new line right under the entry's `id:`.
 */
export function setFieldEdit(entity: Entity, field: string, valueText: string): TextEdit | undefined {
  const { file } = entity;
  const map = nodeAt(file, entity.doc, entity.path);
  if (!isMap(map) || map.flow) return undefined;
  const pairs = map.items.filter(isPair) as Pair<unknown, unknown>[];
  const existing = pairs.find((pair) => keyText(pair.key) === field);
  if (existing) return replacePair(file, existing, `${field}: ${valueText}`);
  const anchor = pairs.find((pair) => keyText(pair.key) === 'id') ?? pairs[0];
  if (!anchor || !isNode(anchor.key) || !anchor.key.range) return undefined;
  const keyStart = anchor.key.range[0];
  const end = isNode(anchor.value) && anchor.value.range ? anchor.value.range[1] : anchor.key.range[1];
  return insertLinesAfter(file, end, [`${' '.repeat(column(file.text, keyStart))}${field}: ${valueText}`]);
}

/**
 * Appends an item, given as the lines of a mapping (`['id: x', 'name: X']`), to a top-level list
 * section of a document, at the indentation of the items already there.
 */
export function appendItemEdit(file: SourceFile, doc: number, section: string, itemLines: readonly string[]): TextEdit | undefined {
  const contents = file.documents[doc]?.contents;
  if (!isMap(contents) || contents.flow) return undefined;
  const pair = (contents.items as Pair<unknown, unknown>[]).find((candidate) => keyText(candidate.key) === section);
  if (!pair) return undefined;
  const seq = pair.value;
  if (isSeq(seq) && !seq.flow && seq.items.length > 0 && seq.range) {
    const dash = column(file.text, seq.range[0]);
    const first = seq.items[0];
    const itemColumn = isNode(first) && first.range ? column(file.text, first.range[0]) : dash + 2;
    const last = seq.items[seq.items.length - 1];
    if (!isNode(last) || !last.range) return undefined;
    return insertLinesAfter(file, contentEnd(file.text, last.range[1]), itemText(itemLines, dash, itemColumn));
  }
  const empty = seq === null || seq === undefined || (isScalar(seq) && seq.value === null) || (isSeq(seq) && seq.items.length === 0);
  if (!empty) return undefined;
  const keyColumn = isNode(pair.key) && pair.key.range ? column(file.text, pair.key.range[0]) : 0;
  const lines = itemText(itemLines, keyColumn + 2, keyColumn + 4);
  return replacePair(file, pair, [`${section}:`, ...lines].join(eol(file.text)));
}

/** Appends a new top-level list section holding one item at the end of a file. */
export function appendSectionEdit(file: SourceFile, section: string, itemLines: readonly string[]): TextEdit | undefined {
  const last = file.documents[file.documents.length - 1];
  if (last && last.contents !== null && !(isMap(last.contents) && !last.contents.flow)) return undefined;
  const newline = eol(file.text);
  const text = [`${section}:`, ...itemText(itemLines, 2, 4)].join(newline);
  const end = offsetsToRange(file, file.text.length, file.text.length).end;
  const gap = file.text === '' || file.text.endsWith('\n') ? '' : newline;
  return { file: file.path, range: { start: end, end }, newText: `${gap}${text}${newline}` };
}

/** Inserts `# cxgov-disable-next-line rule -- reason` above a line, at that line's indentation. */
export function suppressEdit(file: SourceFile, line: number, rule: string): TextEdit {
  const start = file.lineCounter.lineStarts[line] ?? file.text.length;
  const indent = /^[ \t]*/.exec(file.text.slice(start))![0];
  const at = offsetsToRange(file, start, start).start;
  return { file: file.path, range: { start: at, end: at }, newText: `${indent}# cxgov-disable-next-line ${rule} -- reason${eol(file.text)}` };
}

function itemText(itemLines: readonly string[], dash: number, itemColumn: number): string[] {
  return itemLines.map((line, index) => (index === 0 ? `${' '.repeat(dash)}-${' '.repeat(Math.max(1, itemColumn - dash - 1))}${line}` : `${' '.repeat(itemColumn)}${line}`));
}

/** Replaces a pair from its key to the end of its value (or its colon, when empty). */
function replacePair(file: SourceFile, pair: Pair<unknown, unknown>, newText: string): TextEdit | undefined {
  const key = pair.key as Node | null;
  if (!isNode(key) || !key.range) return undefined;
  const value = pair.value;
  let end: number;
  if (isNode(value) && value.range && !(isScalar(value) && value.value === null)) end = value.range[1];
  else {
    const colon = file.text.indexOf(':', key.range[1]);
    if (colon === -1) return undefined;
    end = colon + 1;
  }
  return { file: file.path, range: offsetsToRange(file, key.range[0], end), newText };
}

/** Inserts whole lines after the line holding an offset. */
function insertLinesAfter(file: SourceFile, offset: number, lines: readonly string[]): TextEdit {
  const newline = eol(file.text);
  const lineEnd = file.text.indexOf('\n', offset);
  if (lineEnd === -1) {
    const end = offsetsToRange(file, file.text.length, file.text.length).end;
    return { file: file.path, range: { start: end, end }, newText: `${newline}${lines.join(newline)}` };
  }
  const at = offsetsToRange(file, lineEnd + 1, lineEnd + 1).start;
  return { file: file.path, range: { start: at, end: at }, newText: `${lines.join(newline)}${newline}` };
}

/** The end of a node's text, before the blank lines and comments that the parser counts as its tail. */
function contentEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1]!)) at--;
  return at;
}

/** The line ending a file already uses, so that an edit does not mix them. */
function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
