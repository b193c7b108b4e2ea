import type { DocumentHighlight, DocumentHighlightParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { documentHighlights } from '../service/documentHighlight.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/documentHighlight`: the id under the cursor and its references in this file. */
export function documentHighlightHandler(host: WorkspaceHost) {
  return async (params: DocumentHighlightParams): Promise<DocumentHighlight[]> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? documentHighlights(source.state, source.analysis, params.position) : [];
  };
}
