import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { references, referencesOf } from '../service/references.js';
import { configOf } from '../service/configSource.js';
import { configSymbolAt } from '../service/configTarget.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/references`: every place that names an id, across files and in the exceptions of `cxgov.yaml`. */
export function referencesHandler(host: WorkspaceHost) {
  return async (params: ReferenceParams): Promise<Location[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    const { includeDeclaration } = params.context;
    if (source) return references(source.state, source.analysis, params.position, includeDeclaration, await source.state.config());
    const config = await configOf(host, params.textDocument.uri);
    return config ? referencesOf(config.state, configSymbolAt(config.file, params.position), includeDeclaration, config.file) : [];
  };
}
