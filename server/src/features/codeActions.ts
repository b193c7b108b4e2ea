import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { codeActions } from '../service/codeActions.js';
import { FIX_ALL_KIND, fixAllAction } from '../service/fixAll.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/codeAction`: quick fixes for the problems in the range, and "fix all" when asked for. */
export function codeActionsHandler(host: WorkspaceHost, canShowDocument: () => boolean) {
  return async (params: CodeActionParams): Promise<CodeAction[]> => {
    const only = params.context.only;
    const quickFixes = !only || wanted(only, CodeActionKind.QuickFix);
    // Only on request: a lightbulb or a menu asks for every kind, and "fix all" is a source action.
    const fixAll = !!only && wanted(only, FIX_ALL_KIND);
    if (!quickFixes && !fixAll) return [];
    const source = await sourceOf(host, params.textDocument.uri);
    if (!source) return [];
    const actions = quickFixes ? codeActions(source.state, source.analysis, params.range, params.context.diagnostics, canShowDocument()) : [];
    const all = fixAll ? fixAllAction(source.state, source.analysis) : undefined;
    return all ? [...actions, all] : actions;
  };
}

/** Whether a kind is among those asked for: `source` asks for `source.fixAll.cxgov` too. */
function wanted(only: readonly string[], kind: string): boolean {
  return only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}
