import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { foldingRanges } from '../service/foldingRange.js';
import { sourceOf } from '../service/source.js';

/**
 * `textDocument/foldingRange`: the folds of a source. Outside the sources the answer is null, not an
 * empty list, so that an editor keeps its own (indentation) folding for other YAML files.
 */
export function foldingRangeHandler(host: WorkspaceHost) {
  return async (params: FoldingRangeParams): Promise<FoldingRange[] | null> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? foldingRanges(source.analysis) : null;
  };
}
