import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { codeActions } from '../service/codeActions.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/codeAction`: quick fixes for the problems in the range. */
export function codeActionsHandler(host: WorkspaceHost) {
  return async (params: CodeActionParams): Promise<CodeAction[]> => {
    const only = params.context.only;
    if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? codeActions(source.state, source.analysis, params.range, params.context.diagnostics) : [];
  };
}
