import * as vscode from 'vscode';
import { ExecuteCommandRequest } from 'vscode-languageclient/node';
import type { Session } from './session';
// Type only: esbuild drops it, so the client bundle holds none of the server's code.
import type { NewProjectResult } from '../../server/src/commands.js' with { 'resolution-mode': 'import' };

/** The server's `workspace/executeCommand` commands that the extension calls. */
export const SERVER_COMMANDS = {
  newProject: 'cxgov.newProject',
} as const;


type Command = (session: Session, ...args: unknown[]) => unknown;

/** Every command of the extension, by the id declared in package.json `contributes.commands`. */
export const COMMANDS: Record<string, Command> = {
  'cxgov.newProject': (session, folder) => newProject(session, folder instanceof vscode.Uri ? folder : undefined),
  'cxgov.restartServer': (session) => session.restart(),
  'cxgov.showOutput': (session) => session.output.show(true),
};

/** Registers the table; a command that fails says why instead of failing silently. */
export function registerCommands(context: vscode.ExtensionContext, session: Session): void {
  for (const [id, run] of Object.entries(COMMANDS)) {
    const command = vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(session, ...args);
      } catch (error) {
        void vscode.window.showErrorMessage(`cxgov: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    });
    context.subscriptions.push(command);
  }
}

/**
 * Scaffolds a small, valid governance project (like `cxgov init`) into a folder: the one given
 * (the explorer's context menu) or one the user picks. The server writes the files and never
 * overwrites any.
 */
async function newProject(session: Session, given: vscode.Uri | undefined): Promise<NewProjectResult | undefined> {
  const folder = given ?? (await pickFolder());
  if (!folder) return undefined;
  const client = await session.ready();
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_COMMANDS.newProject,
    arguments: [folder.fsPath],
  })) as NewProjectResult | null;
  if (result && result.created.length > 0) showProject(folder);
  return result ?? undefined;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'cxgov: choose a folder for the new governance project',
    openLabel: 'Create project here',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0];
}

/** Opens the new project's cxgov.yaml, or offers to open a folder that is outside the workspace. */
function showProject(folder: vscode.Uri): void {
  if (vscode.workspace.getWorkspaceFolder(folder)) {
    void vscode.window.showTextDocument(vscode.Uri.joinPath(folder, 'cxgov.yaml'), { preview: false });
    return;
  }
  void vscode.window.showInformationMessage('The new governance project is outside this workspace.', 'Open Folder', 'Add to Workspace').then((choice) => {
    if (choice === 'Open Folder') void vscode.commands.executeCommand('vscode.openFolder', folder);
    if (choice === 'Add to Workspace') vscode.workspace.updateWorkspaceFolders(vscode.workspace.workspaceFolders?.length ?? 0, 0, { uri: folder });
  });
}
