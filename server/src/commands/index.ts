import type { Connection } from 'vscode-languageserver';
import type { Workspace } from '../host/workspaceHost.js';
import { GenerateHandbookRequest, NewProjectRequest } from '../protocol.js';
import { safe } from '../safe.js';
import { generateHandbook } from './generateHandbook.js';
import { newProject } from './newProject.js';

/**
 * Answers the cxgov requests of `protocol.ts`. They are requests of their own, not
 * `workspace/executeCommand` ids, so that a client never takes them for editor commands.
 */
export function registerCommands(connection: Connection, workspace: Workspace): void {
  connection.onRequest(NewProjectRequest, safe(connection, NewProjectRequest.method, null, (params) => newProject(connection, workspace, params)));
  connection.onRequest(GenerateHandbookRequest, safe(connection, GenerateHandbookRequest.method, null, (params) => generateHandbook(connection, workspace, params)));
}
