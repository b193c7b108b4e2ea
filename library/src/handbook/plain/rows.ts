import { text } from '../mdast.js';
import type { RowsBlock } from '../rowsBlock.js';
import { plainRow } from './blocks.js';
import type { Hole } from './phrasing.js';

/**
 * Writes to `out` the Markdown remark writes for `rowsTable(block)`, one row at a time (each row's
 * cells are garbage as soon as it is written), and says whether it could (see `plainBlock`).
 */
export function plainRows(block: RowsBlock, out: string[], holes: Hole[]): boolean {
  const columns = block.header.length;
  if (columns === 0 || !plainRow(block.header.map((label) => [text(label)]), 0, columns, out, holes)) return false;
  for (let index = 0; index < block.items.length; index++) {
    if (!plainRow(block.cells(block.items[index]), index + 1, columns, out, holes)) return false;
  }
  return true;
}
