import { SemanticTokensRefreshRequest, type Connection, type SemanticTokens, type SemanticTokensParams, type SemanticTokensRangeParams } from 'vscode-languageserver';
import type { Workspace } from '../host/workspaceHost.js';
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

/**
 * After each check, asks an editor that can to request the tokens again: an id defined or removed
 * in one file turns references in other (open) files known or unknown.
 */
export function registerSemanticTokensRefresh(connection: Connection, workspace: Workspace, log: (message: string) => void): void {
  workspace.onDidCheck(() => {
    // Sent directly: `languages.semanticTokens.refresh()` is typed void and would hide a rejection.
    connection.sendRequest(SemanticTokensRefreshRequest.type).catch((error: unknown) => log(`cxgov: semantic tokens refresh failed: ${String(error)}`));
  });
}
