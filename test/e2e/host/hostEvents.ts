// What the activation and lifecycle suites wait for in the extension host: events with a
// deadline, never sleeps.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'cxgov.cxgov-vscode';
/** How long an awaited event may take before a test fails (a deadline, never a sleep). */
export const DEADLINE_MS = 20_000;

export interface StatusSnapshot {
  state: string;
  visible: boolean;
  text: string;
  command: string;
}

export interface CxgovApi {
  statusBar(): StatusSnapshot;
  onDidChangeStatus: vscode.Event<StatusSnapshot>;
}

/** A file of the first workspace folder. */
export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** The ids of the running processes of this extension's language server (its bundled server.mjs). */
export function serverProcesses(): string[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  const server = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'server.mjs').fsPath;
  return readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && commandLine(pid).includes(server));
}

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/** Resolves with the status once `ready` holds for it, checked now and on every change; records every state seen in `seen`. */
export function statusWhen(api: CxgovApi, ready: (status: StatusSnapshot) => boolean, seen: string[] = []): Promise<StatusSnapshot> {
  return when(api.onDidChangeStatus, () => api.statusBar(), ready, (status) => seen.push(status.state), () => `status seen: ${seen.join(' → ')}; now ${JSON.stringify(api.statusBar())}`);
}

/** Resolves with the cxgov diagnostics of a file once `ready` holds for them. */
export function diagnosticsWhen(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'cxgov');
  return when(vscode.languages.onDidChangeDiagnostics, current, ready, () => undefined, () => `diagnostics of ${uri.fsPath}: ${JSON.stringify(current())}`);
}

/** The rule id of a diagnostic. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

function when<T>(event: vscode.Event<unknown>, current: () => T, ready: (value: T) => boolean, saw: (value: T) => void, describe: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = current();
      saw(value);
      if (!ready(value)) return;
      finish();
      resolve(value);
    };
    const listener = event(check);
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`not within ${DEADLINE_MS / 1000} s: ${describe()}`));
    }, DEADLINE_MS);
    const finish = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}
