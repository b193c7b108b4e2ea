import type { CancellationToken, Connection, MessageType } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { safe } from '../safe.js';
import { tell } from '../commands/arguments.js';
import { codeActionsHandler } from './codeActions.js';
import { codeLensHandler } from './codeLens.js';
import { completionHandler, completionResolveHandler } from './completion.js';
import { definitionHandler } from './definition.js';
import { documentHighlightHandler } from './documentHighlight.js';
import { documentSymbolsHandler } from './documentSymbols.js';
import { foldingRangeHandler } from './foldingRange.js';
import { hoverHandler } from './hover.js';
import { referencesHandler } from './references.js';
import { prepareRenameHandler, renameHandler } from './rename.js';
import { selectionRangeHandler } from './selectionRange.js';
import { semanticTokensHandler, semanticTokensRangeHandler } from './semanticTokens.js';
import { workspaceSymbolsHandler } from './workspaceSymbols.js';

/** What the client said it can do, as far as the features care; filled in at `initialize`. */
export interface ClientSupport {
  /** The `CompletionList.itemDefaults` fields it understands. */
  completionItemDefaults: ReadonlySet<string>;
  /** Whether it shows `CompletionItem.labelDetails` (LSP 3.17) beside every item. */
  completionLabelDetails: boolean;
  /** Whether it answers `window/showDocument` (a quick fix may then open what it created). */
  showDocument: boolean;
}

/** Registers every request feature (completion, hover, navigation, rename, symbols, code actions, code lens, highlight, selection, folding, semantic tokens). */
export function registerFeatures(connection: Connection, host: WorkspaceHost, client: ClientSupport): void {
  // `safe` passes the params only; the cancellation token is threaded through here for the long loops.
  const guard =
    <P, R>(feature: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) =>
    (params: P, token: CancellationToken): Promise<R> =>
      safe<P, R>(connection, feature, fallback, (p) => handler(p, token))(params);

  connection.onCompletion(guard('completion', [], completionHandler(host, () => client)));
  // A failed resolve answers with the item as it was.
  const resolve = completionResolveHandler(host);
  connection.onCompletionResolve((item) => safe(connection, 'completionResolve', item, resolve)(item));
  connection.onHover(guard('hover', null, hoverHandler(host)));
  connection.onDefinition(guard('definition', [], definitionHandler(host)));
  connection.onReferences(guard('references', [], referencesHandler(host)));
  const show = (type: MessageType, message: string) => tell(connection, type, message);
  connection.onPrepareRename(guard('prepareRename', null, prepareRenameHandler(host, show)));
  connection.onRenameRequest(guard('rename', null, renameHandler(host, show)));
  connection.onDocumentSymbol(guard('documentSymbol', [], documentSymbolsHandler(host)));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], workspaceSymbolsHandler(host)));
  connection.onCodeAction(guard('codeAction', [], codeActionsHandler(host, () => client.showDocument)));
  connection.onCodeLens(guard('codeLens', [], codeLensHandler(host)));
  connection.onDocumentHighlight(guard('documentHighlight', [], documentHighlightHandler(host)));
  connection.onSelectionRanges(guard('selectionRange', null, selectionRangeHandler(host)));
  connection.onFoldingRanges(guard('foldingRange', null, foldingRangeHandler(host)));
  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, semanticTokensHandler(host)));
  connection.languages.semanticTokens.onRange(guard('semanticTokensRange', { data: [] }, semanticTokensRangeHandler(host)));
}
