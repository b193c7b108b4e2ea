import { ErrorCodes, MessageType, ResponseError, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import { prepareConfigRename, prepareRename, rename, renameSymbol, type Answer } from '../service/rename.js';
import { configOf } from '../service/configSource.js';
import { configSymbolAt } from '../service/configTarget.js';
import { sourceOf } from '../service/source.js';

const OUTSIDE = 'This file is not a governance source of any cxgov project, so nothing in it can be renamed.';

/** Shows a message to the user (a `window/showMessage`). */
export type Tell = (type: MessageType, message: string) => void;

/** `textDocument/prepareRename`: the id under the cursor, or a refusal the editor shows. */
export function prepareRenameHandler(host: WorkspaceHost, tell: Tell) {
  return async (params: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | ResponseError<void>> => {
    const source = await sourceOf(host, params.textDocument.uri);
    if (source) return answer(prepareRename(source.analysis, params.position), tell);
    const config = await configOf(host, params.textDocument.uri);
    return answer(config ? prepareConfigRename(config.file, params.position) : { refused: OUTSIDE }, tell);
  };
}

/** `textDocument/rename`: one edit for the definition and every reference, across files and in `cxgov.yaml`'s exceptions. */
export function renameHandler(host: WorkspaceHost, tell: Tell) {
  return async (params: RenameParams): Promise<WorkspaceEdit | ResponseError<void>> => {
    const source = await sourceOf(host, params.textDocument.uri);
    if (source) return answer(rename(source.state, source.analysis, params.position, params.newName, await source.state.config()), tell);
    const config = await configOf(host, params.textDocument.uri);
    return answer(config ? renameSymbol(config.state, configSymbolAt(config.file, params.position), params.newName, config.file) : { refused: OUTSIDE }, tell);
  };
}

/** A refusal travels as a JSON-RPC error, which editors show to the user as the reason; a warning beside an answer, as a message. */
function answer<T>(result: Answer<T>, tell: Tell): T | ResponseError<void> {
  if (!('ok' in result)) return new ResponseError(ErrorCodes.InvalidRequest, result.refused);
  if (result.warning) tell(MessageType.Warning, `cxgov: ${result.warning}`);
  return result.ok;
}
