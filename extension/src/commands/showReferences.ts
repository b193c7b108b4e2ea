import * as vscode from 'vscode';
import type { ShowReferencesArguments } from 'cxgov-language-server/protocol';
import type { Session } from '../session';

/**
 * A code lens's command: the places it counts, in VS Code's references peek. The server sends LSP
 * values (it cannot make VS Code's types), turned here into VS Code's by the client's converter.
 */
export async function showReferences(session: Session, ...args: unknown[]): Promise<void> {
  const [uri, position, locations] = args as ShowReferencesArguments;
  const client = await session.ready();
  const convert = client.protocol2CodeConverter;
  await vscode.commands.executeCommand('editor.action.showReferences', convert.asUri(uri), convert.asPosition(position), locations.map((location) => convert.asLocation(location)));
}
