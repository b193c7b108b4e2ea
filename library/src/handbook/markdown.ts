import type { Root, RootContent } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options } from 'remark-stringify';
import { unified } from 'unified';

type Unsafe = NonNullable<Options['unsafe']>[number];

/** Where remark escapes nothing: link destinations and titles, references, autolinks. */
const NOT_IN_TEXT: Unsafe['notInConstruct'] = ['autolink', 'destinationLiteral', 'destinationRaw', 'reference', 'titleQuote', 'titleApostrophe'];

/**
 * What MDX (Docusaurus 3) reads as code, escaped so that every page compiles as MDX: `<` opens JSX
 * (remark escapes it only before a letter), `{` and `}` an expression, and a line that opens with
 * `import ` or `export ` is JavaScript (its first letter is written as a character reference).
 * CommonMark shows each escape as the character itself, so GitHub shows the same page.
 */
const MDX_UNSAFE: Unsafe[] = [
  { character: '<', inConstruct: 'phrasing', notInConstruct: NOT_IN_TEXT },
  { character: '{', inConstruct: 'phrasing', notInConstruct: NOT_IN_TEXT },
  { character: '}', inConstruct: 'phrasing', notInConstruct: NOT_IN_TEXT },
  { character: 'i', atBreak: true, after: 'mport ' },
  { character: 'e', atBreak: true, after: 'xport ' },
];

/**
 * How the handbook's Markdown is written; fixed, so that the same tree always gives the same bytes.
 * Links are always `[label](url)`: MDX has no `<url>` autolinks.
 */
export const STRINGIFY_OPTIONS: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  resourceLink: true,
  unsafe: MDX_UNSAFE,
};

/** Tables without padding: a longer cell then changes one line of the committed handbook, not the whole table. */
const GFM_OPTIONS = { tablePipeAlign: false } as const;

const processor = unified().use(remarkGfm, GFM_OPTIONS).use(remarkFrontmatter, ['yaml']).use(remarkStringify, STRINGIFY_OPTIONS);

/**
 * GitHub turns web and email addresses in text into links whatever escapes surround them, so the
 * tree gets those links first (the same transform remark applies when it reads GFM): the page then
 * reads back as the tree it was written from. These links are only ever http(s), mailto or xmpp.
 */
const linkAddresses = gfmAutolinkLiteralFromMarkdown().transforms![0]!;

/** A whole page's tree as GitHub-flavoured Markdown: text is escaped by remark, never pasted in. */
export function remarkMarkdown(root: Root): string {
  linkAddresses(root);
  return processor.stringify(root);
}

/** A thematic break after the blocks, cut off again, so that the page's final newline is never taken for the blocks' own. */
const END = '\n\n---\n';

/**
 * Consecutive top-level blocks of a page as remark writes them in the page, without the newline
 * that ends a page. remark puts one blank line between any two top-level blocks (code is always
 * fenced), and only a list next to a list depends on its neighbour, so pieces written this way
 * join into the page remark would write.
 */
export function remarkBlocks(blocks: readonly RootContent[]): string {
  const markdown = remarkMarkdown({ type: 'root', children: [...blocks, { type: 'thematicBreak' }] });
  if (!markdown.endsWith(END)) throw new Error('remark ended a run of blocks in an unexpected way');
  return markdown.slice(0, -END.length);
}

/** remark ends a non-empty page with a newline unless it already ends with one. */
export function endLine(markdown: string): string {
  // The last character only: a regular expression anchored at the end still scans a 20 MB page.
  const last = markdown.charCodeAt(markdown.length - 1);
  return markdown === '' || last === 10 || last === 13 ? markdown : `${markdown}\n`;
}
