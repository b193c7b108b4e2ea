import { cpSync, existsSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { MessageType, ShowMessageNotification, type Connection, type ExecuteCommandParams } from 'vscode-languageserver';
import { findAsset } from 'cxgov';
import { safe } from './safe.js';
import { filePath } from './host/openDocuments.js';
import type { Workspace } from './host/workspaceHost.js';

/** The server's commands (`workspace/executeCommand`), declared once in the capabilities. */
export const COMMANDS = {
  newProject: 'cxgov.newProject',
} as const;

/** What `cxgov.newProject` did: the files it wrote, or the existing files that stopped it. */
export interface NewProjectResult {
  folder: string;
  created: string[];
  existing: string[];
}

/** Answers `workspace/executeCommand` for the server's commands. */
export function registerCommands(connection: Connection, workspace: Workspace): void {
  connection.onExecuteCommand(
    safe(connection, 'executeCommand', null, async (params: ExecuteCommandParams) => {
      if (params.command === COMMANDS.newProject) return newProject(connection, workspace, params.arguments?.[0]);
      connection.console.warn(`cxgov: unknown command ${params.command}`);
      return null;
    }),
  );
}

/**
 * Scaffolds a project like `cxgov init`, into the folder given (a path or a `file:` URI; the
 * first workspace folder when none is given). Never overwrites a file: if any file of the
 * template exists already, nothing is written.
 */
async function newProject(connection: Connection, workspace: Workspace, argument: unknown): Promise<NewProjectResult | null> {
  const folder = targetFolder(argument, workspace.folders()[0]);
  if (!folder) {
    tell(connection, MessageType.Error, 'cxgov: open a folder (or give one) to create a governance project in.');
    return null;
  }
  const template = dirname(findAsset('templates/init/cxgov.yaml'));
  const files = listFiles(template);
  const existing = files.filter((file) => existsSync(join(folder, file)));
  if (existing.length > 0) {
    tell(connection, MessageType.Error, `cxgov: nothing was written, because these files already exist in ${folder}: ${existing.join(', ')}.`);
    return { folder, created: [], existing };
  }
  cpSync(template, folder, { recursive: true, errorOnExist: true, force: false });
  await workspace.refresh();
  tell(connection, MessageType.Info, `cxgov: created a governance project in ${folder}. Edit the files under governance/ to make it yours.`);
  return { folder, created: files, existing: [] };
}

/** A message for the user; a notification, so that a client that cannot show it needs not answer. */
function tell(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

function targetFolder(argument: unknown, fallback: string | undefined): string | undefined {
  let given: string | undefined;
  if (typeof argument === 'string') given = argument.startsWith('file:') ? filePath(argument) : argument;
  else if (argument && typeof argument === 'object' && typeof (argument as { fsPath?: unknown }).fsPath === 'string') given = (argument as { fsPath: string }).fsPath;
  if (given === undefined) return fallback;
  return isAbsolute(given) || !fallback ? resolve(given) : resolve(fallback, given);
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}
