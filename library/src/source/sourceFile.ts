import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { sameRange, type Range } from './range.js';
import type { PathWalker } from './locate.js';
import { DEFAULT_MAX_FILE_SIZE, textSize, tooBigMessage } from './sourceSize.js';
import { explainErrors, syntaxMessage } from './syntaxErrors.js';

/** A parse error or warning placed in the file, before it becomes a problem. */
export interface SyntaxFinding {
  range: Range;
  message: string;
  /** Set when the error leaves part of the file unreadable (any parse error but a duplicate key). */
  breaks?: true;
}

/** A source file as the engine sees it: its text, YAML documents and line index. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  text: string;
  documents: Document.Parsed[];
  lineCounter: LineCounter;
  /** YAML syntax errors, duplicate keys and unreadable content. */
  syntax: SyntaxFinding[];
  /** How to walk a document without its YAML nodes, for a source that does not keep them. */
  walker?(doc: number): PathWalker<unknown> | undefined;
}

const BOM = '\uFEFF';
const LONE_CR = /\r(?!\n)/g;
export const BINARY_MESSAGE = 'The file is binary, not YAML text; remove it from the sources or save it as UTF-8 text.';

/**
 * Parses YAML text with positions; never throws, whatever the text. A text over `maxFileSize`
 * bytes (`sources.maxFileSize`) is not parsed: one problem says so.
 */
export function parseSource(path: string, text: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceFile {
  // Editors hide the BOM, so positions are counted without it.
  if (text.startsWith(BOM)) text = text.slice(1);
  // The same verdict for an editor's text as for the bytes on disk (see decodeSource).
  if (text.includes('\u0000')) return unreadableSource(path, BINARY_MESSAGE);
  // Governance files are small; a huge one (a data dump, a runaway export) would cost minutes.
  const tooBig = tooBigMessage(textSize(text), maxFileSize);
  if (tooBig) return unreadableSource(path, tooBig);
  // YAML 1.2 breaks lines at a lone CR too, as editors do, but the parser does not: it reads
  // LF in its place. One character for one, so every offset and position stays the same.
  if (text.includes('\r')) text = text.replace(LONE_CR, '\n');
  const lineCounter = lineStarts(text);
  const tooDeep = deepNestingAt(text);
  if (tooDeep !== undefined) {
    // The parser recurses once per level: deeper text could exhaust the stack, so it is not parsed.
    const file: SourceFile = { path, text, lineCounter, documents: [], syntax: [] };
    file.syntax.push({ range: offsetsToRange(file, tooDeep, tooDeep + 1), message: `Values are nested more than ${MAX_NESTING} levels deep here (indentation and brackets together); cxgov does not read deeper nesting. Flatten this value.` });
    return file;
  }
  // logLevel: the library's own warnings (a mapping used as a key…) must not reach stderr.
  const documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const file: SourceFile = {
    path,
    text,
    lineCounter,
    documents: Array.isArray(documents) ? documents : [],
    syntax: [],
  };
  const lineOf = (offset: number) => lineCounter.linePos(insideText(text, offset)).line;
  for (const doc of file.documents) {
    const slips = explainErrors(text, doc, doc.errors, lineOf);
    const warnings = doc.warnings.map((warning) => ({ start: warning.pos[0], end: warning.pos[1], message: syntaxMessage(warning.code, warning.message), breaks: false }));
    for (const { start, end, message, breaks } of [...slips, ...warnings]) {
      const finding: SyntaxFinding = { range: offsetsToRange(file, insideText(text, start), insideText(text, end)), message, ...(breaks && { breaks: true as const }) };
      // The parser sometimes reports one error twice (a flow map that is both short and unclosed).
      if (!file.syntax.some((seen) => seen.message === finding.message && sameRange(seen.range, finding.range))) file.syntax.push(finding);
    }
  }
  return file;
}

/**
 * Every line start of the text, as editors (and LSP) count lines: after \n, \r\n and a lone \r.
 * Counted here rather than by the parser, whose count skips line breaks inside some broken flow
 * collections: positions must match the editor's lines always.
 */
function lineStarts(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) counter.addNewLine(i + 1);
  }
  return counter;
}

/**
 * An offset an editor can show: the parser may place an error just past the end of the text, or
 * between the \r and \n of a line break, where no LSP position exists.
 */
function insideText(text: string, offset: number): number {
  const clamped = Math.min(offset, text.length);
  return text.charCodeAt(clamped) === 0x0a && text.charCodeAt(clamped - 1) === 0x0d ? clamped - 1 : clamped;
}

/** Deeper nesting than any governance file needs, far below what exhausts the parser's stack. */
const MAX_NESTING = 500;

/**
 * The offset where nesting first exceeds MAX_NESTING; undefined when it never does. Block nesting
 * is bounded by a line's indentation (leading spaces and `- `, `? `, `: ` indicators each add at
 * most a level), flow nesting by the open `[`/`{`: their sum bounds the parser's recursion. Judged
 * on the text alone, so that every reader (CLI, worker threads, editor) refuses the same files,
 * whatever stack each has left.
 */
export function deepNestingAt(text: string): number | undefined {
  let flow = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (code === 0x20 || code === 0x09 || (isIndicator(code) && isBlank(text.charCodeAt(i + 1)))) {
        if (++indent + flow > MAX_NESTING) return i;
        continue;
      }
      atLineStart = false;
    }
    if (code === 0x5b || code === 0x7b) {
      if (++flow + indent > MAX_NESTING) return i;
    } else if ((code === 0x5d || code === 0x7d) && flow > 0) flow--;
  }
  return undefined;
}

/** `-`, `?` and `:`, which open a block level when a blank follows them at the start of a line. */
function isIndicator(code: number): boolean {
  return code === 0x2d || code === 0x3f || code === 0x3a;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || Number.isNaN(code);
}

/** Turns a pair of offsets into a 0-based range. */
export function offsetsToRange(file: Pick<SourceFile, 'lineCounter'>, start: number, end: number): Range {
  const a = file.lineCounter.linePos(start);
  const b = file.lineCounter.linePos(Math.max(start, end));
  return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
}

/** A file whose bytes cannot be read as UTF-8 text: one problem at its start. */
export function unreadableSource(path: string, message: string): SourceFile {
  const file = parseSource(path, '');
  file.syntax.push({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message });
  return file;
}
