import type { CancellationToken, CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { codeLenses } from '../service/codeLens.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/codeLens`: what refers to each owner, pillar and KPI. */
export function codeLensHandler(host: WorkspaceHost) {
  return async (params: CodeLensParams, token?: CancellationToken): Promise<CodeLens[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? codeLenses(source.state.index, source.analysis, token) : [];
  };
}
