import { foldingBlocks, type FileAnalysis } from 'cxgov/editor';
import type { FoldingRange } from 'vscode-languageserver';

/** The folds of a source: each section, each entry, and each block inside an entry. */
export function foldingRanges(analysis: FileAnalysis): FoldingRange[] {
  return foldingBlocks(analysis.file);
}
