// Parts of the renderer that are not cxgov's API, for the tests that hold its fast path to remark.
export { renderPages, PageWriter as Writer, Anchors, plainBlock, STRINGIFY_OPTIONS } from 'cxgov/internal';
export type { FactsBlock, RowsBlock } from 'cxgov/internal';
