import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Range } from '../model/problem.js';

/** A parse error or warning placed in the file, before it becomes a problem. */
export interface SyntaxFinding {
  range: Range;
  message: string;
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
}

const BOM = '\uFEFF';

/** Parses YAML text with positions; never throws, whatever the text. */
export function parseSource(path: string, text: string): SourceFile {
  // Editors hide the BOM, so positions are counted without it.
  if (text.startsWith(BOM)) text = text.slice(1);
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const file: SourceFile = {
    path,
    text,
    lineCounter,
    documents: Array.isArray(documents) ? documents : [],
    syntax: [],
  };
  for (const doc of file.documents) {
    for (const error of [...doc.errors, ...doc.warnings]) {
      file.syntax.push({ range: offsetsToRange(file, error.pos[0], error.pos[1]), message: syntaxMessage(error.code, error.message) });
    }
  }
  return file;
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

const PLAIN_WORDS: Record<string, string> = {
  DUPLICATE_KEY: 'This key appears twice in the same mapping; keep one of them.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML; use spaces.',
  BAD_INDENT: 'The indentation is off; line this up with its siblings.',
  MISSING_CHAR: 'A closing quote or bracket is missing.',
  MULTILINE_IMPLICIT_KEY: 'A key cannot span several lines; check for a missing colon or a stray line break.',
  UNEXPECTED_TOKEN: 'Unexpected text here; check the punctuation and indentation.',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key; check the indentation and colons.',
};

function syntaxMessage(code: string, yamlMessage: string): string {
  const firstLine = yamlMessage.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = PLAIN_WORDS[code];
  return hint ? `${hint} (${firstLine})` : `The YAML does not parse: ${firstLine}`;
}
