import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import type { Workspace } from '../host/workspaceHost.js';
import { safe } from '../safe.js';
import { generateHandbook } from './generateHandbook.js';
import { newProject } from './newProject.js';

/** The server's commands (`workspace/executeCommand`), declared once in the capabilities. */
export const COMMANDS = {
  newProject: 'cxgov.newProject',
  generateHandbook: 'cxgov.generateHandbook',
} as const;

export type { NewProjectResult } from './newProject.js';
export type { GenerateHandbookResult } from './generateHandbook.js';

/** Answers `workspace/executeCommand` for the server's commands. */
export function registerCommands(connection: Connection, workspace: Workspace): void {
  connection.onExecuteCommand(
    safe(connection, 'executeCommand', null, async (params: ExecuteCommandParams) => {
      const args = params.arguments ?? [];
      if (params.command === COMMANDS.newProject) return newProject(connection, workspace, args[0]);
      if (params.command === COMMANDS.generateHandbook) return generateHandbook(connection, workspace, args[0], args[1]);
      connection.console.warn(`cxgov: unknown command ${params.command}`);
      return null;
    }),
  );
}
