import type { Root } from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** How the handbook's Markdown is written; fixed, so that the same tree always gives the same bytes. */
const STRINGIFY_OPTIONS = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
} as const;

/** Tables without padding: a longer cell then changes one line of the committed handbook, not the whole table. */
const GFM_OPTIONS = { tablePipeAlign: false } as const;

const processor = unified().use(remarkGfm, GFM_OPTIONS).use(remarkFrontmatter, ['yaml']).use(remarkStringify, STRINGIFY_OPTIONS);

/**
 * GitHub turns web and email addresses in text into links whatever escapes surround them, so the
 * tree gets those links first (the same transform remark applies when it reads GFM): the page then
 * reads back as the tree it was written from. These links are only ever http(s), mailto or xmpp.
 */
const linkAddresses = gfmAutolinkLiteralFromMarkdown().transforms![0]!;

/** A page's tree as GitHub-flavoured Markdown: text is escaped by remark, never pasted in. */
export function toMarkdown(root: Root): string {
  linkAddresses(root);
  return processor.stringify(root);
}
