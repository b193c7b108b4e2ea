import { isAbsolute, resolve } from 'node:path';
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { filePath } from '../host/openDocuments.js';
import type { ProjectState, WorkspaceHost } from '../host/types.js';

/** The file or folder a request names: a `file:` URI or an absolute path; undefined for anything else. */
export function requestedPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (isAbsolute(value)) return resolve(value);
  return value.startsWith('file:') ? filePath(value) : undefined;
}

/** Says that a request named something that is not a file, and what it named (shortened). */
export function notAFile(connection: Connection, value: unknown): null {
  const named = typeof value === 'string' ? JSON.stringify(value.slice(0, 200)) : typeof value;
  tell(connection, MessageType.Error, `cxgov: ${named} is not a file: give a file: URI or an absolute path.`);
  return null;
}

/** A message for the user; a notification, so that a client that cannot show it needs not answer. */
export function tell(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

/**
 * The project a request is about: the one that holds the file it names, else the first project.
 * `null` after saying why (`doing`: what the request would have done, "to compare").
 */
export async function requestedProject(connection: Connection, host: WorkspaceHost, uri: unknown, doing: string): Promise<{ state: ProjectState; path?: string } | null> {
  const path = uri == null ? undefined : requestedPath(uri);
  if (uri != null && !path) return notAFile(connection, uri);
  const state = path ? await host.projectFor(path) : (await host.projects())[0];
  if (!state) {
    tell(connection, MessageType.Error, `cxgov: no governance project here (a folder with cxgov.yaml) ${doing}.`);
    return null;
  }
  return { state, ...(path !== undefined && { path }) };
}
