import { MarkupKind, type CompletionItem, type CompletionList, type CompletionParams } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { complete, describeItem, type IdItemData } from '../service/completion.js';
import { sourceOf } from '../service/source.js';
import { configOf } from '../service/configSource.js';
import { completeConfig } from '../service/configCompletion.js';
import { withItemDefaults } from './completionList.js';

/**
 * `textDocument/completion`: section keys, fields, enum values and ids with their names.
 * `client`: what the client shows (label details) and the list defaults it understands (LSP 3.17),
 * to send shared fields once.
 */
export function completionHandler(host: WorkspaceHost, client: () => { completionItemDefaults: ReadonlySet<string>; completionLabelDetails: boolean }) {
  return async (params: CompletionParams): Promise<CompletionItem[] | CompletionList> => {
    const source = await sourceOf(host, params.textDocument.uri);
    const { completionItemDefaults, completionLabelDetails } = client();
    const options = { labelDetails: completionLabelDetails };
    if (source) return withItemDefaults(complete(source.state, source.analysis, params.position, options), completionItemDefaults);
    const config = await configOf(host, params.textDocument.uri);
    return config ? withItemDefaults(completeConfig(config.state, config.file, params.position, options), completionItemDefaults) : [];
  };
}

/** `completionItem/resolve`: the documentation of an id item sent without it (see `INLINE_DOCUMENTATION`). */
export function completionResolveHandler(host: WorkspaceHost) {
  return async (item: CompletionItem): Promise<CompletionItem> => {
    const data = item.data as Partial<IdItemData> | undefined;
    if (item.documentation || typeof data?.path !== 'string' || typeof data.kind !== 'string' || typeof data.offset !== 'number') return item;
    const state = await host.projectFor(data.path);
    const analysis = state?.analysis(data.path);
    const value = state && analysis && describeItem(state, analysis, data as IdItemData, item.label);
    return value ? { ...item, documentation: { kind: MarkupKind.Markdown, value } } : item;
  };
}
