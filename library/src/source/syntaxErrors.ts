import { isCollection, isScalar, visit, type Document, type YAMLError } from 'yaml';
import { contentStart, endOfLine, startOfLine } from './lineText.js';

/** One slip in the text as a user reads it: where the mistake is, and what to do, in plain words. */
export interface ExplainedError {
  start: number;
  end: number;
  message: string;
  /** A duplicate key leaves the data readable; any other error breaks what is around it. */
  breaks: boolean;
}

/**
 * Turns the parser's errors of one document into one problem per slip, at the mistake. The parser
 * often reports one slip several times (a mis-indented key is both a "nested mapping" and a
 * "multi-line key" a line above it; everything after an unclosed bracket is out of place):
 * errors that start on the lines of the previous one, or the line after, are that same slip, and
 * nothing after an unclosed quote or bracket is reported until it is closed.
 */
export function explainErrors(text: string, document: Document.Parsed, errors: readonly YAMLError[], lineOf: (offset: number) => number): ExplainedError[] {
  const explained: ExplainedError[] = [];
  const byStart = new Map<number, YAMLError[]>();
  for (const error of errors) byStart.set(error.pos[0], [...(byStart.get(error.pos[0]) ?? []), error]);
  let previous: { firstLine: number; lastLine: number } | undefined;
  for (const error of [...errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    const [start, end] = error.pos;
    if (error.code === 'DUPLICATE_KEY') {
      explained.push({ start, end, message: PLAIN_WORDS.DUPLICATE_KEY!, breaks: false });
      continue;
    }
    const firstLine = lineOf(start);
    const lastLine = lineOf(Math.max(start, end - 1));
    if (previous && firstLine <= previous.lastLine + 1) {
      previous.lastLine = Math.max(previous.lastLine, lastLine);
      continue;
    }
    previous = { firstLine, lastLine };
    const group = byStart.get(start)!;
    const unclosed = unclosedAt(text, document, error);
    explained.push({ ...(unclosed ?? slipAt(text, error, group)), breaks: true });
    if (unclosed) break;
  }
  return explained;
}

/** The parser's own words for what the plain words do not cover, kept after them for searching. */
export function syntaxMessage(code: string, yamlMessage: string): string {
  const firstLine = yamlMessage.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hint = PLAIN_WORDS[code];
  return hint ? `${hint} (${firstLine})` : `The YAML does not parse: ${firstLine}`;
}

const PLAIN_WORDS: Record<string, string> = {
  DUPLICATE_KEY: 'This key appears twice in the same mapping; keep one of them.',
  TAB_AS_INDENT: 'Tabs cannot indent YAML; use spaces.',
  BAD_INDENT: 'The indentation is off; line this up with its siblings.',
  MISSING_CHAR: 'Something is missing here: a quote, a bracket, a colon or the "- " of a list item.',
  MULTILINE_IMPLICIT_KEY: 'A key cannot span several lines; check for a missing colon or a stray line break.',
  UNEXPECTED_TOKEN: 'Unexpected text here; check the punctuation and indentation.',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key; check the indentation and colons.',
};

const INDENTED_FURTHER = 'This line is indented further than the line above it; line it up with the other fields of the same entry.';
const INDENTED_LESS = 'This line is indented less than the line above it; line it up with the other fields of the same entry.';

/** The common slips, recognised from the error and the text around it; the parser's words otherwise. */
function slipAt(text: string, error: YAMLError, group: readonly YAMLError[]): Omit<ExplainedError, 'breaks'> {
  const [start, end] = error.pos;
  const lineEnd = endOfLine(text, start);
  const rest = text.slice(start, lineEnd).replace(/\s+#.*$/, '').trimEnd();
  const keyWithoutSpace = /^([A-Za-z_][\w./$-]*):(\S.*)$/.exec(rest);
  const implicitKey = group.some((other) => other.code === 'BLOCK_AS_IMPLICIT_KEY' || other.code === 'MULTILINE_IMPLICIT_KEY');
  if (keyWithoutSpace && (implicitKey || error.code === 'MISSING_CHAR')) {
    const colon = start + keyWithoutSpace[1]!.length;
    return { start: colon, end: colon + 1, message: `A space is missing after the colon: write "${keyWithoutSpace[1]}: ${keyWithoutSpace[2]}".` };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && rest.includes(': ')) {
    return { start, end: start + rest.length, message: `Text that contains ": " must be in quotes: write ${quoted(rest)}.` };
  }
  const newline = text.indexOf('\n', start);
  if (implicitKey && newline !== -1) {
    // A key on the next line, deeper than the one this value belongs to, continues it: the mistake is that line.
    const next = newline + 1;
    const content = contentStart(text, next);
    if (content - next > indentOf(text, start)) return { start: content, end: endOfLine(text, content), message: INDENTED_FURTHER };
  }
  if (error.code === 'MISSING_CHAR' && /without - indicator/.test(error.message)) {
    const content = contentStart(text, startOfLine(text, start));
    return { start: content, end: endOfLine(text, content), message: INDENTED_LESS };
  }
  return { start, end, message: syntaxMessage(error.code, error.message) };
}

/** A quote, bracket or brace that is never closed, placed where it opens. */
function unclosedAt(text: string, document: Document.Parsed, error: YAMLError): Omit<ExplainedError, 'breaks'> | undefined {
  const quote = /^Missing closing (["'])quote/.exec(error.message);
  const flow = /(?:Flow (sequence|map)|flow (sequence|map)).*?end with a? ?([\]}])/.exec(error.message);
  if (!quote && !flow) return undefined;
  const close = quote ? quote[1]! : flow![3]!;
  const open = quote ? close : close === ']' ? '[' : '{';
  let at: number | undefined;
  visit(document, (_, node) => {
    if (!(isScalar(node) || isCollection(node)) || !node.range || node.range[0] >= error.pos[0]) return;
    const [from, to] = node.range;
    if (text[from] === open && text.slice(from + 1, to).trimEnd().slice(-1) !== close) at = from;
  });
  if (at === undefined) return undefined;
  const message =
    open === '[' ? 'The bracket [ opened here is never closed: add a closing ] where the list ends.'
    : open === '{' ? 'The brace { opened here is never closed: add a closing } where the mapping ends.'
    : `The quote ${open} opened here is never closed: add a closing ${open} where the text ends.`;
  return { start: at, end: at + 1, message };
}

/** Text as a quoted YAML scalar, in the quotes that need no escaping. */
function quoted(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}

/** The indentation of the line an offset is on, counting `- ` of list items as indentation. */
function indentOf(text: string, offset: number): number {
  const lineStart = startOfLine(text, offset);
  let at = lineStart;
  while (text[at] === ' ' || (text[at] === '-' && text[at + 1] === ' ')) at++;
  return at - lineStart;
}
