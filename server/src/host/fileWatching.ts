import { DidChangeWatchedFilesNotification, FileChangeType, WatchKind, type Connection } from 'vscode-languageserver';
import { safe } from '../safe.js';
import { filePath } from './openDocuments.js';
import type { FileChange, FileChangeKind, Workspace } from './workspaceHost.js';

const KINDS: Record<FileChangeType, FileChangeKind> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

/**
 * Passes `workspace/didChangeWatchedFiles` events (git checkout, another tool) on to the workspace.
 * Always listening: a client that cannot register watchers may still send the events it watches for.
 */
export function listenToFileChanges(connection: Connection, workspace: Workspace): void {
  connection.onDidChangeWatchedFiles(
    safe(connection, 'didChangeWatchedFiles', undefined, async ({ changes }) => {
      const known: FileChange[] = [];
      for (const change of changes) {
        const path = filePath(change.uri);
        const kind = KINDS[change.type];
        if (path && kind) known.push({ path, kind });
      }
      if (known.length > 0) await workspace.filesChanged(known);
    }),
  );
}

/**
 * Asks the client to watch the YAML files (and deletions of anything, since deleting a folder
 * reports only the folder). Only after `initialized`, and only when the client can register
 * watchers dynamically. The one place that asks: the VS Code extension watches nothing itself.
 */
export async function registerFileWatchers(connection: Connection): Promise<void> {
  await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/cxgov.yaml' }, { globPattern: '**/*', kind: WatchKind.Delete }],
  });
}
