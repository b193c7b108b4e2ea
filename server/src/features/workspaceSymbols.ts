import type { CancellationToken, SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { workspaceSymbols } from '../service/workspaceSymbols.js';

/** `workspace/symbol`: entries of every project by id or name. */
export function workspaceSymbolsHandler(host: WorkspaceHost) {
  return async (params: WorkspaceSymbolParams, token?: CancellationToken): Promise<SymbolInformation[]> => {
    const projects = await host.projects();
    return workspaceSymbols(
      projects.map((project) => project.index),
      params.query,
      token,
    );
  };
}
