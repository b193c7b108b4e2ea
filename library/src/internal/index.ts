// `cxgov/internal`: parts that are not cxgov's API, public only so that tests and the benchmark hold
// them to the plain path (see scale/README.md). No compatibility is promised.

// The fast path and its records, and the cache.
export { readPlainYaml } from '../scale/plainYaml.js';
export { outlineDocument } from '../scale/outline.js';
export { LeanSource } from '../scale/leanSource.js';
export { toRecord, fromRecord, type AnalysisRecord } from '../scale/analysisRecord.js';
export { AnalysisCache } from '../scale/analysisCache.js';
export { readSignedSections, writeSignedSections } from '../scale/cacheFile.js';
export { hashFile } from '../scale/contentHash.js';
export { keyText } from '../source/nodeText.js';
export { REFERENCE_FIELDS } from '../model/references.js';

// Report details the format tests check.
export { formatNames, isFormatName, TOOL_INFO } from '../report/formatters/index.js';

// The handbook renderer's fast path and the remark path it is compared with.
export { renderPages } from '../handbook/render.js';
export { PageWriter } from '../handbook/pageWriter.js';
export type { FactsBlock } from '../handbook/factList.js';
export type { RowsBlock } from '../handbook/rowsBlock.js';
export { Anchors } from '../handbook/links.js';
export { plainBlock } from '../handbook/plain/blocks.js';
export { STRINGIFY_OPTIONS } from '../handbook/markdown.js';
export { gapWords } from '../handbook/gapWords.js';
