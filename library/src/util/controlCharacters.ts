// How cxgov writes characters that would act on a terminal, a CI log or a page instead of being
// read: every one becomes `\u` and four hex digits (ESC is `\u001b`, NUL `\u0000`), the notation
// JSON and JavaScript use, in every output. Sources are untrusted: an id with ESC must not recolour
// or clear a terminal, and a file name with a newline must not print a line that a CI runner
// obeys as a workflow command.

/**
 * Characters no output writes raw: C0 controls but tab, line feed and carriage return; DEL; C1
 * controls (U+0085, U+009B CSI…); the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that make text read in another order than it is written.
 */
export const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** The same, and line breaks (line feed, carriage return, U+2028, U+2029): for text that must stay on one line. */
const CONTROL_OR_LINE_BREAK = /[\0-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * `##[`, the older GitHub workflow-command marker, which runners obey anywhere in a line of a log
 * (`::` only at its start). In text that reaches a CI log its `[` is written `\u005b`.
 */
const LOG_COMMAND = /##\[/;

const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
const IN_LOG = new RegExp(`${CONTROL.source}|${LOG_COMMAND.source}`, 'g');
const ON_ONE_LINE = new RegExp(`${CONTROL_OR_LINE_BREAK.source}|${LOG_COMMAND.source}`, 'g');

/** `\u001b` for ESC; for `##[`, the marker with its `[` so written. */
function escape(match: string): string {
  if (match.length > 1) return `${match.slice(0, -1)}${escape(match.slice(-1))}`;
  return `\\u${match.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text with its control characters written as `\u` escapes; tabs and line breaks are kept (they are content). */
export function showControlCharacters(text: string): string {
  // Most text has none: testing is much cheaper than replacing.
  return CONTROL.test(text) ? text.replace(CONTROL_ALL, escape) : text;
}

/** `showControlCharacters` for text a CI log may show (reports): `##[` is escaped too. */
export function showInLog(text: string): string {
  return text.replace(IN_LOG, escape);
}

/** Text on one line of a log or terminal (a file name): line breaks are escaped as well. */
export function showOnOneLine(text: string): string {
  return text.replace(ON_ONE_LINE, escape);
}

/** A message on one line: each line break, with the spaces around it, becomes one space; the rest as `showOnOneLine`. */
export function messageOnOneLine(message: string): string {
  return showOnOneLine(message.replace(/[^\S\r\n\u2028\u2029]*(?:\r\n|[\r\n\u2028\u2029])\s*/g, ' '));
}

/**
 * A path that opens a line of output, as `showOnOneLine` writes it, with `./` before it when a
 * runner would take the line for a workflow command (`::` after any spaces).
 */
export function pathOpeningLine(path: string): string {
  const shown = showOnOneLine(path);
  return /^\s*::/.test(shown) ? `./${shown}` : shown;
}

/** Raw in JSON text only inside strings, where `\u` escapes mean the same characters. */
const JSON_UNSAFE = /[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]|##\[/g;

/**
 * JSON text (from `JSON.stringify`, which escapes C0 itself) with DEL, C1, line separators, bidi
 * controls and `##[` also written as `\u` escapes: the same data for a parser, nothing raw in a log.
 */
export function jsonForLog(json: string): string {
  return json.replace(JSON_UNSAFE, escape);
}
