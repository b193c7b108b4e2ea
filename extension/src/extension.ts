// The cxgov VS Code extension: a thin client of the cxgov language server, which does all the work.
import * as vscode from 'vscode';
import { registerCommands } from './commands/index';
import { needsRestart } from './config';
import { offerProject } from './offerProject';
import { registerIdWords } from './idWords';
import { Session } from './session';
import type { StatusSnapshot } from './statusBar';

/** What `activate` returns to other extensions and to the end-to-end tests. */
export interface CxgovApi {
  /** What the status bar item shows now. */
  statusBar(): StatusSnapshot;
  /** Fires with what the status bar item shows after each change of its state. */
  onDidChangeStatus: vscode.Event<StatusSnapshot>;
  /** How long `activate()` took, start to end, in milliseconds (read by the benchmark through the e2e suite). */
  activationMs: number;
}

/** Set once the extension runs: the explorer shows "New governance project" only then. */
const ACTIVE_KEY = 'cxgov.active';

let session: Session | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<CxgovApi> {
  const started = performance.now();
  const current = new Session(context);
  session = current;
  context.subscriptions.push(current, registerIdWords());
  // Commands first: if the server cannot start, "Restart server" and "Show output" still work.
  registerCommands(context, current);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (needsRestart(event)) current.restart().catch((error: unknown) => showStartError(current, error));
    }),
    vscode.workspace.onDidOpenTextDocument((document) => void offerProject(context, document)),
  );
  void vscode.commands.executeCommand('setContext', ACTIVE_KEY, true);
  for (const document of vscode.workspace.textDocuments) void offerProject(context, document);
  // Not awaited: the server starts and indexes the workspace while VS Code goes on starting.
  // Language features appear once it is up; commands wait for it (Session.ready).
  void current.open().catch((error: unknown) => showStartError(current, error));
  return { statusBar: () => current.statusBar.snapshot(), onDidChangeStatus: current.statusBar.onDidChange, activationMs: performance.now() - started };
}

export function deactivate(): Promise<void> | undefined {
  return session?.stop();
}

/** Activation errors are shown, with the way to the details, never swallowed. */
function showStartError(current: Session, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  current.output.error(`The language server could not start: ${message}`);
  void vscode.window.showErrorMessage(`cxgov: the language server could not start: ${message}`, 'Show output', 'Restart server').then((choice) => {
    if (choice === 'Show output') current.output.show(true);
    if (choice === 'Restart server') void vscode.commands.executeCommand('cxgov.restartServer');
  });
}
