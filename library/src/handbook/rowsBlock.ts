import type { PhrasingContent, Table } from 'mdast';
import { table } from './mdast.js';

/**
 * A table of one row per item, kept as its items until the page writer writes it: each row's
 * cells are made as the row is written, so a catalogue of 20,000 rows never exists as one tree.
 * The writer builds the whole table (`rowsTable`) only when a row is not plain.
 */
export interface RowsBlock {
  type: 'rows';
  header: readonly string[];
  items: readonly unknown[];
  cells(item: unknown): PhrasingContent[][];
}

declare module 'mdast' {
  interface RootContentMap {
    rows: RowsBlock;
  }
}

/** A table of `header` and one row per item, its cells made by `cells`. */
export function rowsBlock<T>(header: readonly string[], items: readonly T[], cells: (item: T) => PhrasingContent[][]): RowsBlock {
  return { type: 'rows', header, items, cells: cells as (item: unknown) => PhrasingContent[][] };
}

/** The table as remark writes it. */
export function rowsTable(block: RowsBlock): Table {
  return table(block.header, block.items.map(block.cells));
}
