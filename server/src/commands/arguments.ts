import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { filePath } from '../host/openDocuments.js';

/** A command's file or folder argument: a path, a `file:` URI, or a VS Code `Uri` object. */
export function pathArgument(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument.startsWith('file:') ? filePath(argument) : argument;
  if (argument && typeof argument === 'object' && typeof (argument as { fsPath?: unknown }).fsPath === 'string') return (argument as { fsPath: string }).fsPath;
  return undefined;
}

/** A message for the user; a notification, so that a client that cannot show it needs not answer. */
export function tell(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}
