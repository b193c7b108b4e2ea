import type { Position } from 'cxgov';
import { enclosingRanges, rangeContains, type FileAnalysis } from 'cxgov/editor';
import type { SelectionRange } from 'vscode-languageserver';
import { offsetOf } from './source.js';

/** For each position, the selection as it grows: id, value, `key: value`, entry, section, document. */
export function selectionRanges(analysis: FileAnalysis, positions: readonly Position[]): SelectionRange[] {
  return positions.map((position) => {
    // A position past the end of its line (or of the text) is clamped to an offset: the ranges must still hold it.
    const ranges = enclosingRanges(analysis.file, offsetOf(analysis, position)).filter((range) => rangeContains(range, position));
    // A position outside every document still gets an answer: the empty range where it is.
    let selection: SelectionRange = { range: { start: position, end: position } };
    let parent: SelectionRange | undefined;
    for (const range of ranges.reverse()) selection = parent = { range, ...(parent && { parent }) };
    return selection;
  });
}
