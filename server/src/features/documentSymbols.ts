import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { documentSymbols } from '../service/documentSymbols.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/documentSymbol`: the outline of a source. */
export function documentSymbolsHandler(host: WorkspaceHost) {
  return async (params: DocumentSymbolParams): Promise<DocumentSymbol[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? documentSymbols(source.analysis) : [];
  };
}
