import type { Hover, HoverParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { hover } from '../service/hover.js';
import { configHover } from '../service/configHover.js';
import { configOf } from '../service/configSource.js';
import { sourceOf } from '../service/source.js';

/** `textDocument/hover`: field documentation, the details of the entry an id names, a rule's summary in `cxgov.yaml`. */
export function hoverHandler(host: WorkspaceHost) {
  return async (params: HoverParams): Promise<Hover | null> => {
    const source = await sourceOf(host, params.textDocument.uri);
    if (source) return hover(source.state.index, source.analysis, params.position);
    const config = await configOf(host, params.textDocument.uri);
    return config ? configHover(config.state, config.file, params.position) : null;
  };
}
