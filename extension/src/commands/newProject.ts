import * as vscode from 'vscode';
import { NewProjectRequest, type NewProjectResult } from 'cxgov-language-server/protocol';
import type { Session } from '../session';

/** For governance files already there: write only `cxgov.yaml`, naming `include` as its sources. */
export interface NewProjectOptions {
  readonly configOnly?: boolean;
  readonly include?: string[];
}

/** The options a caller of the command passed, if they are options; anything else is none. */
export function projectOptions(value: unknown): NewProjectOptions {
  if (typeof value !== 'object' || value === null) return {};
  const { configOnly, include } = value as Record<string, unknown>;
  return { configOnly: configOnly === true, ...(Array.isArray(include) && { include: include.filter((glob): glob is string => typeof glob === 'string') }) };
}

/**
 * Scaffolds a small, valid governance project (like `cxgov init`) into a folder: the one given
 * (the explorer's context menu) or one the user picks; or, with `configOnly`, only its
 * `cxgov.yaml`. The server writes the files and never overwrites any.
 */
export async function newProject(session: Session, given: vscode.Uri | undefined, options: NewProjectOptions = {}): Promise<NewProjectResult | undefined> {
  const folder = given ?? (await pickFolder());
  if (!folder) return undefined;
  const client = await session.ready();
  const result = await client.sendRequest(NewProjectRequest, { folder: folder.toString(), ...options });
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
