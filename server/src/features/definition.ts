import type { DefinitionParams, Location } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { configDefinition, definition } from '../service/definition.js';
import { configOf } from '../service/configSource.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/definition`: from a reference (or an exception's entity in `cxgov.yaml`) to the id it names, in any file. */
export function definitionHandler(host: WorkspaceHost) {
  return async (params: DefinitionParams): Promise<Location[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    if (source) return definition(source.state, source.analysis, params.position);
    const config = await configOf(host, params.textDocument.uri);
    return config ? configDefinition(config.state, config.file, params.position) : [];
  };
}
