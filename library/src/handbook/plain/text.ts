// Which strings remark-stringify writes exactly as they are, in the handbook's settings. The plain
// writer only handles those; anything else goes to remark, which escapes it. Each rule below is one
// of remark's "unsafe" patterns (mdast-util-to-markdown, GFM, front matter), made stricter where
// that is simpler: a string these rules let through contains none of the characters those patterns
// match in the places they match them, so remark's escaping leaves it untouched.
import type { PhrasingContent } from 'mdast';

/**
 * Characters that are never plain: markup (`*`, `_`, `` ` ``, `[`, `]`, `<`, `>`, `~`, `|`, `!`,
 * `&`, `\`), MDX's expression braces (`{`, `}`), `@` (an email address becomes a link), control
 * characters, and any whitespace but the space (a tab or line ending changes what a line is).
 */
const NEVER = /[\0-\x1f\x7f*_`[\]<>~|!&\\@{}]|[^\S ]/;

/**
 * What may not start a text that opens a line: a heading, list, quote, table or setext marker, or
 * digits then `.` or `)` (an ordered list). Only the first text of a paragraph opens a line, but
 * every first child is held to it, which costs nothing.
 */
const LINE_START = /^(?:[#+\-.=>:)]|\d+[.)])/;

/** MDX reads a line that opens with `import ` or `export ` as JavaScript; remark encodes its first letter. */
const MDX_CODE_START = /^(?:import|export) /;

/**
 * Whether phrasing opens with MDX's `import ` or `export `, across the texts it opens with (remark
 * sees neighbouring texts as one string). Checked wherever the phrasing is, like `LINE_START`.
 */
export function opensMdxCode(children: readonly PhrasingContent[]): boolean {
  let start = '';
  for (const child of children) {
    if (child.type !== 'text' || start.length > 7) break;
    start += child.value;
  }
  return MDX_CODE_START.test(start);
}

/**
 * Where GitHub would see a web address (`www.`, `http://`, `https://`), which remark escapes and
 * the autolink transform turns into a link. remark sees neighbouring texts as one string, so it is
 * also checked across them (`hasAddress`); what remark writes next to a run of texts (`*`, `[`,
 * `)`, `` ` ``, `|` or a line end) can never complete one.
 */
const ADDRESS = /[Ww]\.[-.\w]|[ps]:\//;

export function hasAddress(value: string): boolean {
  return ADDRESS.test(value);
}

/** `NEVER` or `ADDRESS`, in one pass over the text. */
const NEVER_OR_ADDRESS = new RegExp(`${NEVER.source}|${ADDRESS.source}`);

/**
 * Whether remark writes `value`, a text node, as it is. `first` and `last` say whether it is the
 * first or last child of its parent: a space there would touch a line ending, which remark encodes.
 * An empty text is not plain: it changes what remark sees next to its neighbours. An address
 * across neighbouring texts is the caller's to rule out (`hasAddress`).
 */
export function isPlainText(value: string, first: boolean, last: boolean): boolean {
  if (value === '' || NEVER_OR_ADDRESS.test(value)) return false;
  if (first && (value.startsWith(' ') || LINE_START.test(value))) return false;
  if (last && value.endsWith(' ')) return false;
  // A heading that ends with `#` would lose it as a closing sequence.
  return !value.endsWith('#');
}

/**
 * Link destinations remark writes raw, without `<…>` or escapes: no space, control character,
 * parenthesis, `&`, `\` or `|`. Any character beyond ASCII is written as it is.
 */
const PLAIN_URL = /^(?:[\w\-.~:/?#%=+,;$*'@]|[^\0-\x7f])+$/;

export function isPlainUrl(url: string): boolean {
  return PLAIN_URL.test(url);
}

/** Inline code that needs no longer fence, no padding, no escape in a table cell and no line ending replaced. */
export function isPlainCode(value: string): boolean {
  return value !== '' && !/[\0-\x1f\x7f`|]/.test(value) && !value.startsWith(' ') && !value.endsWith(' ');
}
