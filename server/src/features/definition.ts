import type { DefinitionParams, Location } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { definition } from '../service/definition.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/definition`: from a reference to the id it names, in any file. */
export function definitionHandler(host: WorkspaceHost) {
  return async (params: DefinitionParams): Promise<Location[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? definition(source.state, source.analysis, params.position) : [];
  };
}
