import GithubSlugger from 'github-slugger';
import type { Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { HandbookPage } from 'cxgov';
import { STRINGIFY_OPTIONS } from './internals.js';
import { brokenIn, type PageLinks } from './pageLinks.js';

/**
 * A reader's view of the handbook's Markdown: parsed as GitHub would (GFM, front matter), and
 * stringified with the settings the handbook is written with, for the round trip.
 */
const processor = unified().use(remarkParse).use(remarkGfm, { tablePipeAlign: false }).use(remarkFrontmatter, ['yaml']).use(remarkStringify, STRINGIFY_OPTIONS);

export function parse(markdown: string): Root {
  return processor.parse(markdown);
}

export function stringify(root: Root): string {
  return processor.stringify(root);
}

/** What remark writes for a tree with only CommonMark's own escapes (no MDX ones), for GitHub. */
const github = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, listItemIndent: 'one', rule: '-' });

export function stringifyForGitHub(root: Root): string {
  return github.stringify(root);
}

/** Every node of a tree, depth first. */
export function* nodes(node: Nodes): Generator<Nodes> {
  yield node;
  if ('children' in node) for (const child of node.children) yield* nodes(child);
}

export function nodesOfType<T extends Nodes['type']>(root: Root, type: T): Extract<Nodes, { type: T }>[] {
  return [...nodes(root)].filter((node): node is Extract<Nodes, { type: T }> => node.type === type);
}

/** Whether a paragraph is an entry's small print, the handbook's only HTML: `<sub>`, code, `</sub>`. */
function isSmallPrint(node: Nodes): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 3) return false;
  const [open, code, close] = node.children;
  return open?.type === 'html' && open.value === '<sub>' && code?.type === 'inlineCode' && close?.type === 'html' && close.value === '</sub>';
}

/** The raw HTML of a page other than the entries' small print: none may come from a source. */
export function foreignHtml(root: Root): Nodes[] {
  const allowed = new Set(nodesOfType(root, 'paragraph').filter(isSmallPrint).flatMap((paragraph) => paragraph.children));
  return nodesOfType(root, 'html').filter((node) => !allowed.has(node));
}

/** The anchors GitHub gives a page's headings, computed with github-slugger over the parsed page. */
export function anchorsOf(markdown: string): Set<string> {
  return anchorsOfTree(parse(markdown));
}

function anchorsOfTree(root: Root): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(nodesOfType(root, 'heading').map((heading) => slugger.slug(toString(heading))));
}

/** Every link of every page, with the page it is on. */
export function linksOf(pages: readonly HandbookPage[]): { from: string; link: Link }[] {
  return pages.flatMap((page) => nodesOfType(parse(page.markdown), 'link').map((link) => ({ from: page.path, link })));
}

/** The anchors and links of the pages as a Markdown parser reads them, each page parsed once. */
export function readPages(pages: readonly HandbookPage[]): PageLinks {
  const trees = pages.map((page) => ({ from: page.path, root: parse(page.markdown) }));
  return {
    anchors: new Map(trees.map(({ from, root }) => [from, anchorsOfTree(root)])),
    links: trees.flatMap(({ from, root }) => nodesOfType(root, 'link').map((link) => ({ from, url: link.url }))),
  };
}

/** The internal links (not web or email addresses) that do not land on a page and heading that exist. */
export function brokenLinks(pages: readonly HandbookPage[]): string[] {
  return brokenIn(readPages(pages));
}
