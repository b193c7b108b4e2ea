// Reading the structure of one line of block YAML from its text alone, for the moments when the
// document does not parse (mid-typing): where its list dashes and its key are, and what follows.

/** A structural mark on a line: a list dash (`- `) or a mapping key (`name:`). */
export type LinePoint = { col: number; kind: 'dash' } | { col: number; kind: 'key'; key: string; value: string; valueCol: number };

/** The structure of one line; `rest` is any text that is neither a dash nor a key (a list item's scalar). */
export interface LineShape {
  indent: number;
  points: LinePoint[];
  rest: string;
  restCol: number;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'[\]{},:][^#]*?)[ \t]*:(?=[ \t]|$)/;

/** The shape of a line, or undefined for a blank or comment-only line. `---` and `...` give `'document'`. */
export function lineShape(line: string): LineShape | 'document' | undefined {
  if (/^(---|\.\.\.)(\s|$)/.test(line)) return 'document';
  let i = 0;
  while (line[i] === ' ') i++;
  if (i === line.length || line[i] === '#' || line[i] === '\r') return undefined;
  const indent = i;
  const points: LinePoint[] = [];
  while (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\r')) {
    points.push({ col: i, kind: 'dash' });
    i++;
    while (line[i] === ' ') i++;
  }
  const text = line.slice(i).replace(/\r$/, '');
  const key = KEY.exec(text);
  if (key) {
    const afterColon = text.slice(key[0].length);
    const value = stripComment(afterColon).trim();
    const valueCol = i + key[0].length + (afterColon.length - afterColon.trimStart().length);
    points.push({ col: i, kind: 'key', key: unquote(key[1]!), value, valueCol });
    return { indent, points, rest: '', restCol: line.length };
  }
  return { indent, points, rest: stripComment(text).trim(), restCol: i };
}

/** Whether an inline value opens a block scalar (`|`, `>-`…): the lines under it are text, not structure. */
export function opensBlockScalar(value: string): boolean {
  return /^[|>][+-]?\d*[+-]?$/.test(value);
}

/** The text of a scalar without its quotes. */
export function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/\\"/g, '"');
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

/** Drops a trailing ` # comment` (a `#` after a space, outside quotes). */
export function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      if (i === 0 || /[\s[,{]/.test(text[i - 1]!)) quote = char;
    } else if (char === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      return text.slice(0, i);
    }
  }
  return text;
}
