import type { Location, ReferenceParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { references } from '../service/references.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/references`: every place that names an id, across files. */
export function referencesHandler(host: WorkspaceHost) {
  return async (params: ReferenceParams): Promise<Location[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? references(source.state, source.analysis, params.position, params.context.includeDeclaration) : [];
  };
}
