// Typing in one big file (every KPI of a team in one kpis.yaml) must not parse all of it again
// per keystroke: an edit inside one item of a top-level list is parsed alone and spliced into the
// file's YAML document. Anything unusual (the edit crosses items, changes their indentation, the
// file has errors, anchors, directives…) gives undefined: the caller parses the whole text.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { deepNestingAt, type SourceFile } from './sourceFile.js';
import { startOfLine } from './lineText.js';
import { DEFAULT_MAX_FILE_SIZE, textSize, tooBigMessage } from './sourceSize.js';

/** A source whose edit was parsed by its list item: the new file, and where its data changed. */
export interface SplicedSource {
  file: SourceFile;
  /** The top-level key of the list, the index of the item replaced, and what replaces it (plain data, 0 or more items). */
  section: string;
  at: number;
  items: unknown[];
  /** The item's lines in the previous text: the start of its `- ` line and of the next item's; past them, the text moved by `delta`. */
  from: number;
  to: number;
  delta: number;
}

/** What parseSource passes to the parser, so that a slice parses as the whole text would. */
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;
const MAX_ALIAS_COUNT = 100;
const BOM = '\uFEFF';
const LONE_CR = /\r(?!\n)/;

/**
 * `previous` with `text` in place of its text, when the two differ only inside one item of a
 * top-level block list that another item follows: that item's lines are parsed alone and spliced
 * into the previous YAML document, which the result takes over (the positions of `previous` are
 * no longer valid afterwards). Undefined when the whole text must be parsed instead.
 */
export function reparseItem(previous: SourceFile, text: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): SplicedSource | undefined {
  const document = previous.documents[0];
  if (previous.walker || previous.documents.length !== 1 || previous.syntax.length > 0 || !document || document.errors.length + document.warnings.length > 0) return undefined;
  // Positions are counted without the BOM, as parseSource counts them.
  if (text.startsWith(BOM)) text = text.slice(1);
  // What parseSource refuses (NUL, a huge text) or reads differently (directives) takes the whole path.
  if (text.startsWith('%') || text.includes('\0') || text.includes('\n%') || tooBigMessage(textSize(text), maxFileSize)) return undefined;
  const old = previous.text;
  const { start, oldEnd, newEnd } = changedSpan(old, text);
  const found = enclosingItem(document, old, start, oldEnd);
  if (!found) return undefined;
  const { seq, pairIndex, at, from, to } = found;
  const delta = text.length - old.length;
  const slice = text.slice(from, to + delta);
  // A lone CR breaks a line that parseSource would rewrite: only the slice can hold one (`previous.text` has none, and the rest is the same).
  if (newEnd > to + delta || !slice.endsWith('\n') || LONE_CR.test(slice) || !linesStayInside(slice, column(old, from))) return undefined;
  const parsed = parseSlice(slice, column(old, from));
  if (!parsed) return undefined;
  for (const item of parsed.items) shift(item, from);
  // Past the edit, everything moves by the change in length.
  const contents = document.contents as YAMLMap;
  for (const item of seq.items.slice(at + 1)) shift(item, delta);
  for (const pair of contents.items.slice(pairIndex + 1)) {
    shift(pair.key, delta);
    shift(pair.value, delta);
  }
  for (const holder of [seq, contents, document]) stretch(holder.range!, to, delta);
  seq.items.splice(at, 1, ...parsed.items);
  const file: SourceFile = { path: previous.path, text, lineCounter: spliceLines(previous.lineCounter, slice, from, to, delta), documents: [document], syntax: [] };
  return { file, section: String((contents.items[pairIndex]!.key as { value: unknown }).value), at, items: parsed.data, from, to, delta };
}

/** Characters compared at once (natively) before the last block is compared one by one. */
const BLOCK = 4096;

/** The span that differs: a common prefix and suffix left out. */
function changedSpan(old: string, text: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(old.length, text.length);
  let start = 0;
  while (start + BLOCK <= shorter && old.slice(start, start + BLOCK) === text.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix + BLOCK <= shorter - start && old.slice(old.length - suffix - BLOCK, old.length - suffix) === text.slice(text.length - suffix - BLOCK, text.length - suffix)) suffix += BLOCK;
  while (suffix < shorter - start && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  return { start, oldEnd: old.length - suffix, newEnd: text.length - suffix };
}

interface EnclosingItem {
  seq: YAMLSeq;
  pairIndex: number;
  at: number;
  /** The start of the item's `- ` line and of the next item's. */
  from: number;
  to: number;
}

/** The item of a top-level block list whose lines (from its `- ` line to the next item's) hold the changed span. */
function enclosingItem(document: Document.Parsed, text: string, start: number, end: number): EnclosingItem | undefined {
  const contents = document.contents;
  if (!isMap(contents) || contents.flow || document.directives?.docStart) return undefined;
  for (let pairIndex = 0; pairIndex < contents.items.length; pairIndex++) {
    const { key, value: seq } = contents.items[pairIndex]!;
    if (!isScalar(key) || typeof key.value !== 'string' || !isSeq(seq) || seq.flow || !seq.range || seq.range[0] > start || seq.range[2] < end) continue;
    const items = seq.items;
    // The first item whose line starts after the span's start: the one before it holds the start.
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (itemLine(text, items[middle]) <= start) low = middle + 1;
      else high = middle;
    }
    const at = low - 1;
    if (at < 0 || at + 1 >= items.length) return undefined;
    const from = itemLine(text, items[at]);
    const to = itemLine(text, items[at + 1]);
    if (from < 0 || to < 0 || end > to || column(text, from) !== column(text, to) || hasAnchors(items[at])) return undefined;
    // The previous item must end before this one's line, as its range says.
    const before = items[at - 1];
    if (at > 0 && (!isNode(before) || !before.range || before.range[2] > from)) return undefined;
    return { seq, pairIndex, at, from, to };
  }
  return undefined;
}

/** The start of an item's `- ` line; -1 when the item is not a block mapping begun on that line. */
function itemLine(text: string, item: unknown): number {
  if (!isMap(item) || item.flow || !item.range) return -1;
  const line = startOfLine(text, item.range[0]);
  return /^ *- +$/.test(text.slice(line, item.range[0])) ? line : -1;
}

/** The column of the `-` on the line starting at `line`. */
function column(text: string, line: number): number {
  let at = line;
  while (text.charCodeAt(at) === 0x20) at++;
  return at - line;
}

/**
 * Whether every line of the slice stays inside the list: a `- ` at the items' column, or indented
 * deeper (blank lines and comments aside). A line further left would end the list in the file,
 * not in the slice parsed alone. Nor may the slice's last line hold a comment: the parser stretches
 * the range of an item over its trailing comment up to what follows, which differs alone.
 */
function linesStayInside(slice: string, dash: number): boolean {
  if (slice.includes('\t')) return false;
  let lastIsComment = false;
  for (const line of slice.split(/\r?\n/)) {
    const indent = column(line, 0);
    if (indent === line.length) continue;
    lastIsComment = line.includes('#');
    if (line[indent] !== '#' && (indent < dash || (indent === dash && !/^- /.test(line.slice(indent))))) return false;
  }
  return !lastIsComment;
}

/** The slice parsed alone: its items (block mappings at the items' column) and their plain data; undefined if anything is off. */
function parseSlice(slice: string, dash: number): { items: unknown[]; data: unknown[] } | undefined {
  if (deepNestingAt(slice) !== undefined) return undefined;
  const documents = parseAllDocuments(slice, PARSE_OPTIONS);
  if (!Array.isArray(documents) || documents.length !== 1) return undefined;
  const document = documents[0]!;
  const seq = document.contents;
  if (document.errors.length + document.warnings.length > 0 || !isSeq(seq) || seq.flow) return undefined;
  // The slice starts with its first item's `- ` line: what comes before it belongs to the previous item in the file.
  if (itemLine(slice, seq.items[0]) !== 0 || seq.items.some((item) => itemLine(slice, item) < 0 || column(slice, itemLine(slice, item)) !== dash || hasAnchors(item))) return undefined;
  const data: unknown = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  return Array.isArray(data) && data.length === seq.items.length ? { items: seq.items, data } : undefined;
}

/** Whether a node or anything in it has an anchor, an alias or a tag (which the rest of the file may depend on). */
function hasAnchors(node: unknown): boolean {
  if (isAlias(node)) return true;
  if (!isNode(node)) return isPair(node) ? hasAnchors(node.key) || hasAnchors(node.value) : false;
  if (node.anchor || node.tag) return true;
  return (isMap(node) || isSeq(node)) && (node.items as unknown[]).some(hasAnchors);
}

/** Moves a node and everything in it by `delta` characters. */
function shift(node: unknown, delta: number): void {
  if (delta === 0) return;
  if (isPair(node)) {
    shift(node.key, delta);
    shift(node.value, delta);
    return;
  }
  if (!isNode(node)) return;
  const range = node.range;
  if (range) {
    range[0] += delta;
    range[1] += delta;
    range[2] += delta;
  }
  if (isMap(node) || isSeq(node)) for (const item of node.items as unknown[]) shift(item, delta);
}

/** Moves the ends of a range that holds the edit: offsets from `end` on. */
function stretch(range: [number, number, number], end: number, delta: number): void {
  for (let i = 0; i < 3; i++) if (range[i]! >= end) range[i] = range[i]! + delta;
}

/** The line starts of the new text: the old ones before and after the slice, the slice's own between. */
function spliceLines(previous: LineCounter, slice: string, from: number, to: number, delta: number): LineCounter {
  const starts = previous.lineStarts;
  const counter = new LineCounter();
  const kept = starts.filter((offset) => offset <= from);
  for (let i = slice.indexOf('\n'); i !== -1; i = slice.indexOf('\n', i + 1)) kept.push(from + i + 1);
  for (const offset of starts) if (offset > to) kept.push(offset + delta);
  counter.lineStarts = kept;
  return counter;
}
