import type { Hover, HoverParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { hover } from '../service/hover.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/hover`: field documentation, or the details of the entry an id names. */
export function hoverHandler(host: WorkspaceHost) {
  return async (params: HoverParams): Promise<Hover | null> => {
    const source = await sourceOf(host, params.textDocument.uri);
    return source ? hover(source.state.index, source.analysis, params.position) : null;
  };
}
