import type { SemanticTokens, SemanticTokensParams, SemanticTokensRangeParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { semanticTokens } from '../service/semanticTokens.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/semanticTokens/full`: the ids of a source, definitions, references and unknown ids told apart. */
export function semanticTokensHandler(host: WorkspaceHost) {
  return async (params: SemanticTokensParams): Promise<SemanticTokens> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? semanticTokens(source.state, source.analysis) : { data: [] };
  };
}

/** `textDocument/semanticTokens/range`: the same, for the ids in a range. */
export function semanticTokensRangeHandler(host: WorkspaceHost) {
  return async (params: SemanticTokensRangeParams): Promise<SemanticTokens> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? semanticTokens(source.state, source.analysis, params.range) : { data: [] };
  };
}
