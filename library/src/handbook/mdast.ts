// Small builders for the mdast nodes the handbook uses. Every piece of text from a source goes
// through `text` (or `code`), so remark-stringify escapes it: no source can write raw Markdown or HTML.
import { CONTROL, showControlCharacters } from '../util/controlCharacters.js';
import type { BlockContent, Code, Heading, InlineCode, Link, List, ListItem, Paragraph, PhrasingContent, RootContent, Strong, Table, TableCell, Text } from 'mdast';

/** What a link points at before anchors are known: an entity (`kpi:nps`) or a page (`page:kpis`). */
export type TargetKey = string;

declare module 'mdast' {
  interface HeadingData {
    /** The entity or page this heading introduces; links to it resolve to its slug. */
    target?: TargetKey;
  }
  interface LinkData {
    /** Set on internal links; the page writer fills in its URL once every heading's slug is known. */
    target?: TargetKey;
  }
}

/** Whitespace that `oneLine` changes: any but a single space between words. */
const NOT_ONE_LINE = /[^\S ]| {2}|^ | $/;

/** `NOT_ONE_LINE` or a control character, in one pass: most text has neither, and is then kept as it is. */
const CHANGED_BY_ONE_LINE = new RegExp(`${NOT_ONE_LINE.source}|${CONTROL.source}`);

/**
 * Text as one line: YAML folded or literal text keeps its newlines, which would break table cells
 * and headings. Every source text of a page passes here: control characters are shown as `\u` escapes.
 */
export function oneLine(value: string): string {
  // Most text is one line already; testing is much cheaper than replacing, on millions of texts.
  if (!CHANGED_BY_ONE_LINE.test(value)) return value;
  return showControlCharacters(NOT_ONE_LINE.test(value) ? value.replace(/\s+/g, ' ').trim() : value);
}

export function text(value: string): Text {
  return { type: 'text', value: oneLine(value) };
}

/** Our own fixed words and separators, kept as written (spaces included). */
export function literal(value: string): Text {
  return { type: 'text', value };
}

export function inlineCode(value: string): InlineCode {
  return { type: 'inlineCode', value: oneLine(value) };
}

export function strong(...children: PhrasingContent[]): Strong {
  return { type: 'strong', children };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** A paragraph of plain text, or one per blank-line-separated block of it. */
export function paragraphs(value: string): Paragraph[] {
  return value
    .split(/\n\s*\n/)
    .map(oneLine)
    .filter((block) => block !== '')
    .map((block) => paragraph(text(block)));
}

export function heading(depth: number, children: PhrasingContent[], target?: TargetKey): Heading {
  return { type: 'heading', depth: Math.min(6, depth) as Heading['depth'], children, ...(target ? { data: { target } } : {}) };
}

/** An internal link; its URL is filled in once every page's headings are known. */
export function internalLink(target: TargetKey, label: string): Link {
  return { type: 'link', url: '', children: [text(label)], data: { target } };
}

export function externalLink(url: string, label: string): Link {
  return { type: 'link', url, children: [text(label)] };
}

export function listItem(...children: BlockContent[]): ListItem {
  return { type: 'listItem', spread: false, children };
}

export function list(items: ListItem[]): List {
  return { type: 'list', ordered: false, spread: false, children: items };
}

/** A bullet list of plain text lines, in the order given. */
export function textList(values: readonly string[]): List {
  return list(values.map((value) => listItem(paragraph(text(value)))));
}

export function code(lang: string, value: string): Code {
  return { type: 'code', lang, value };
}

/** A GFM table; every cell's text is one line, so `|` and newlines from sources cannot break it. */
export function table(header: readonly string[], rows: readonly PhrasingContent[][][]): Table {
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [header.map((label) => cell([text(label)])), ...rows.map((row) => row.map((content) => cell(content)))].map((cells) => ({ type: 'tableRow', children: cells })),
  };
}

/** Phrasing nodes separated by `, `, for inline lists of links. */
export function joined(items: readonly PhrasingContent[][], separator = ', '): PhrasingContent[] {
  // A loop into one array: a pillar of a large project lists thousands of KPIs.
  const result: PhrasingContent[] = [];
  items.forEach((item, index) => {
    if (index > 0) result.push(literal(separator));
    for (const node of item) result.push(node);
  });
  return result;
}

export type Block = RootContent;
