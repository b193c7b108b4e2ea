import * as vscode from 'vscode';

/** Names the folders that hold a `cxgov.yaml`, for the explorer menu's `when` clause. */
export const PROJECT_FOLDERS_KEY = 'cxgov.projectFolders';

/** What the language server skips too: dependencies and hidden folders. */
const EXCLUDE = '{**/node_modules/**,**/.*/**}';

/**
 * The governance projects of the workspace, as folders that hold a `cxgov.yaml` (in the workspace
 * or above a workspace folder), kept up to date by a file watcher. The extension starts the
 * language server only when there is one.
 */
export class ProjectFolders implements vscode.Disposable {
  private readonly folders = new Set<string>();
  private done = false;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/cxgov.yaml');
  /** Fires when a project appears or goes. */
  readonly onDidChange = this.changed.event;

  constructor() {
    this.watcher.onDidCreate((uri) => this.update(uri, true));
    this.watcher.onDidDelete((uri) => this.update(uri, false));
  }

  /** Finds the projects there are now (without firing `onDidChange`: the caller acts on them). */
  async load(): Promise<void> {
    const inside = await vscode.workspace.findFiles('**/cxgov.yaml', EXCLUDE);
    const above = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => configAbove(folder.uri)));
    for (const file of [...inside, ...above.flatMap((found) => found ?? [])]) this.folders.add(folderOf(file).fsPath);
    this.done = true;
    this.setContext();
  }

  /** Whether `load` has finished: before, `any()` does not know yet. */
  loaded(): boolean {
    return this.done;
  }

  /** Whether the workspace has at least one project. */
  any(): boolean {
    return this.folders.size > 0;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }

  private update(configFile: vscode.Uri, exists: boolean): void {
    const folder = folderOf(configFile).fsPath;
    if (exists === this.folders.has(folder)) return;
    if (exists) this.folders.add(folder);
    else this.folders.delete(folder);
    this.publish();
  }

  private publish(): void {
    this.setContext();
    this.changed.fire();
  }

  private setContext(): void {
    void vscode.commands.executeCommand('setContext', PROJECT_FOLDERS_KEY, [...this.folders]);
  }
}

/** The nearest `cxgov.yaml` in a folder or above it (a user may open only `governance/`), or undefined. */
export async function configAbove(folder: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (let dir = folder; ; dir = folderOf(dir)) {
    const candidate = vscode.Uri.joinPath(dir, 'cxgov.yaml');
    if (await isFile(candidate)) return candidate;
    if (folderOf(dir).path === dir.path) return undefined;
  }
}

function folderOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
  } catch {
    return false;
  }
}
