import type { SelectionRange, SelectionRangeParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { selectionRanges } from '../service/selectionRange.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/selectionRange`: expand selection by the YAML's structure. */
export function selectionRangeHandler(host: WorkspaceHost) {
  return async (params: SelectionRangeParams): Promise<SelectionRange[] | null> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? selectionRanges(source.analysis, params.positions) : null;
  };
}
