import type { CompletionItem, CompletionParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { complete } from '../service/completion.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/completion`: section keys, fields, enum values and ids with their names. */
export function completionHandler(host: WorkspaceHost) {
  return async (params: CompletionParams): Promise<CompletionItem[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? complete(source.state, source.analysis, params.position) : [];
  };
}
