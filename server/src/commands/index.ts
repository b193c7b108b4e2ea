import type { Connection } from 'vscode-languageserver';
import type { Workspace } from '../host/workspaceHost.js';
import { CompareWithRequest, GenerateHandbookRequest, NewProjectRequest, RevisionsRequest, SHOW_ENTRY_COMMAND } from '../protocol.js';
import { safe } from '../safe.js';
import { compareWith, revisions } from './compareWith.js';
import { generateHandbook } from './generateHandbook.js';
import { newProject } from './newProject.js';
import { showEntry } from './showEntry.js';

/** The `workspace/executeCommand` commands the server runs (the ones its code actions carry). */
export const SERVER_COMMANDS = [SHOW_ENTRY_COMMAND];

/**
 * Answers the cxgov requests of `protocol.ts`. They are requests of their own, not
 * `workspace/executeCommand` ids, so that a client never takes them for editor commands.
 */
export function registerCommands(connection: Connection, workspace: Workspace): void {
  connection.onRequest(NewProjectRequest, safe(connection, NewProjectRequest.method, null, (params) => newProject(connection, workspace, params)));
  connection.onRequest(GenerateHandbookRequest, safe(connection, GenerateHandbookRequest.method, null, (params) => generateHandbook(connection, workspace, params)));
  connection.onRequest(CompareWithRequest, safe(connection, CompareWithRequest.method, null, (params) => compareWith(connection, workspace, params)));
  connection.onRequest(RevisionsRequest, safe(connection, RevisionsRequest.method, [], (params) => revisions(workspace, params)));
  connection.onExecuteCommand(
    safe(connection, 'executeCommand', null, (params) => (params.command === SHOW_ENTRY_COMMAND ? showEntry(connection, params.arguments) : null)),
  );
}
