import type { Heading, List, PhrasingContent, RootContent, Table } from 'mdast';
import { plainPhrasing, type Hole } from './phrasing.js';

/**
 * Writes to `out`, in pieces, the Markdown remark writes for one block of a page (a heading,
 * paragraph, tight bullet list or table), and says whether it could: false when any of it is not
 * plain (the caller then drops what was written). `nextToList` says whether a sibling block next
 * to it is a list: remark then switches bullets, so such a list is left to remark. Its internal
 * links' destinations are left empty, and recorded in `holes`.
 */
export function plainBlock(block: RootContent, nextToList: boolean, out: string[], holes: Hole[]): boolean {
  switch (block.type) {
    case 'heading':
      return plainHeading(block, out, holes);
    case 'paragraph':
      return plainPhrasing(block.children, 'paragraph', out, holes);
    case 'list':
      return !nextToList && plainList(block, '', out, holes);
    case 'table':
      return plainTable(block, out, holes);
    default:
      return false;
  }
}

const ATX = ['#', '##', '###', '####', '#####', '######'];

/** An ATX heading (`### kpi-00001`); remark writes setext only for headings with line endings. */
function plainHeading(heading: Heading, out: string[], holes: Hole[]): boolean {
  out.push(ATX[Math.max(1, Math.min(6, heading.depth || 1)) - 1]!, ' ');
  return plainPhrasing(heading.children, 'heading', out, holes);
}

/**
 * A tight bullet list (`listItemIndent: 'one'`, bullet `-`): one line per item, each item a
 * paragraph and at most one nested list, indented by two spaces. Empty items, task items and
 * loose lists change what remark writes, so they are not plain.
 */
function plainList(list: List, indent: string, out: string[], holes: Hole[]): boolean {
  if (list.ordered || list.spread !== false || list.children.length === 0) return false;
  const nested = `${indent}  `;
  // Index loops without destructuring: a large page has hundreds of thousands of items, and each
  // entry pair or rest array would be garbage to collect.
  for (let index = 0; index < list.children.length; index++) {
    const item = list.children[index]!;
    const head = item.children[0];
    const inner = item.children[1];
    if (item.spread !== false || (item.checked !== undefined && item.checked !== null) || head?.type !== 'paragraph' || item.children.length > 2) return false;
    out.push(index === 0 ? '' : '\n', indent, '- ');
    if (!plainPhrasing(head.children, 'paragraph', out, holes)) return false;
    if (inner === undefined) continue;
    out.push('\n');
    if (inner.type !== 'list' || !plainList(inner, nested, out, holes)) return false;
  }
  return true;
}

/**
 * A GFM table as remark-gfm writes it with `tablePipeAlign: false`: `| a | b |`, an empty cell as
 * `| |`, and a `| - |` delimiter row; only tables without alignment whose rows all have one cell
 * per column.
 */
function plainTable(table: Table, out: string[], holes: Hole[]): boolean {
  const columns = table.align?.length ?? 0;
  if (columns === 0 || table.align!.some((align) => align !== null && align !== undefined) || table.children.length === 0) return false;
  for (let index = 0; index < table.children.length; index++) {
    if (!plainRow(table.children[index]!.children.map((cell) => cell.children), index, columns, out, holes)) return false;
  }
  return true;
}

/**
 * Row `index` of such a table (the first is its header, followed by the delimiter row), from its
 * cells' phrasing; false when it has not one cell per column or a cell is not plain.
 */
export function plainRow(cells: readonly (readonly PhrasingContent[])[], index: number, columns: number, out: string[], holes: Hole[]): boolean {
  if (cells.length !== columns) return false;
  out.push(index === 0 ? '|' : '\n|');
  for (const cell of cells) {
    const start = out.length;
    out.push(' ');
    if (!plainPhrasing(cell, 'cell', out, holes)) return false;
    // markdown-table pads only cells with content: an empty one is `| |`.
    if (out.length === start + 1) out[start] = '';
    out.push(' |');
  }
  if (index === 0) out.push('\n|','', ' - |'.repeat(columns));
  return true;
}
