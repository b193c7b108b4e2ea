import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The prefix of every setting, and the client id: the client follows `cxgov.trace.server` itself. */
export const SECTION = 'cxgov';

/** The extension's settings, declared once in package.json and read here, typed and immutable. */
export interface Config {
  /** Run the language server in this workspace. */
  readonly enable: boolean;
  /** Another build of the server (absolute path), or undefined for the bundled one. */
  readonly serverPath: string | undefined;
}

/** Reads the settings as they are now; a new object on every call, never mutated. */
export function readConfig(): Config {
  const settings = vscode.workspace.getConfiguration(SECTION);
  return Object.freeze({
    enable: settings.get<boolean>('enable', true),
    serverPath: resolveServerPath(settings.get<string | null>('server.path') ?? undefined),
  });
}

/** Whether a settings change needs a new server (the client follows trace changes on its own). */
export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(`${SECTION}.enable`) || event.affectsConfiguration(`${SECTION}.server.path`);
}

/** `~/x` is in the home folder; a relative path is relative to the first workspace folder. */
function resolveServerPath(value: string | undefined): string | undefined {
  const given = value?.trim();
  if (!given) return undefined;
  if (given === '~' || given.startsWith('~/')) return path.join(os.homedir(), given.slice(1));
  if (path.isAbsolute(given)) return given;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return folder ? path.resolve(folder, given) : path.resolve(given);
}
