import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';

/** The language server's executable, as a user's editor would start it. */
export const SERVER_BIN = fileURLToPath(new URL('../../../server/bin/cxgov-language-server.js', import.meta.url));
/** The server as the VS Code extension ships it: one bundle, with its worker threads beside it. */
export const BUNDLED_SERVER = fileURLToPath(new URL('../../../extension/dist/server.mjs', import.meta.url));

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * A real LSP client over stdio: spawns the server, keeps the latest diagnostics per URI, and lets
 * tests wait for the diagnostics they expect (events, never sleeps).
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly logs: string[] = [];
  /** How many times diagnostics were published, per URI. */
  readonly publications = new Map<string, number>();
  /** Whether the server said it has checked the workspace's projects (`cxgov/projectsIndexed`). */
  indexed = false;
  /** Settles with the server's exit code when its process ends. */
  readonly exited: Promise<number | null>;
  /** The `window` capabilities `start` declares; a test adds `showDocument` to say the client can show one. */
  window: Record<string, unknown> = { workDoneProgress: true };
  private readonly process: ChildProcess;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];

  constructor(server = SERVER_BIN) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.publications.set(params.uri, (this.publications.get(params.uri) ?? 0) + 1);
      this.settle();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onNotification('cxgov/projectsIndexed', () => {
      this.indexed = true;
      this.settle();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.listen();
  }

  /** `initialize` + `initialized` with one workspace folder per path. */
  async start(...folders: string[]): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((folder) => ({ uri: fileUri(folder), name: folder })),
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: true, workspaceEdit: { documentChanges: true }, semanticTokens: { refreshSupport: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }, rename: { prepareSupport: true } },
        window: this.window,
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves once `check` holds, re-checked after every diagnostics notification. */
  until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const published = JSON.stringify([...this.diagnostics]);
      const timer = setTimeout(() => reject(new Error(`timed out waiting; diagnostics of ${this.diagnostics.size} files: ${published.slice(0, 3000)}\nlogs: ${this.logs.join('')}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /**
   * Waits until the diagnostics of a file satisfy a predicate, then returns them. A file the server
   * never published shows no diagnostics, as in an editor, once the server has checked its projects.
   */
  async diagnosticsOf(path: string, check: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const uri = fileUri(path);
    const shown = () => this.diagnostics.get(uri) ?? (this.indexed ? [] : undefined);
    await this.until(() => shown() !== undefined && check(shown()!));
    return shown()!;
  }

  /** `textDocument/didOpen` with the given text. */
  open(path: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(path), languageId: 'yaml', version, text } });
  }

  /** `textDocument/didChange` replacing the whole text (what an editor sends after a paste-over). */
  change(path: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(path), version }, contentChanges: [{ text }] });
  }

  /** `textDocument/didClose`. */
  close(path: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fileUri(path) } });
  }

  /** `workspace/didChangeWatchedFiles`, as an editor sends after a change on disk. */
  filesChanged(...changes: { path: string; type: 'created' | 'changed' | 'deleted' }[]): Promise<void> {
    const types = { created: 1, changed: 2, deleted: 3 } as const;
    return this.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: changes.map(({ path, type }) => ({ uri: fileUri(path), type: types[type] })),
    });
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the process is killed below either way.
    }
    this.connection.dispose();
    this.process.kill();
  }

  private settle(): void {
    const pending = this.waiters;
    this.waiters = [];
    for (const waiter of pending) {
      if (waiter.check()) waiter.resolve();
      else this.waiters.push(waiter);
    }
  }
}
