import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { pathToFileURL } from 'node:url';

/** The language server's executable, as a user's editor would start it. */
export const SERVER_BIN = fileURLToPath(new URL('../../../server/bin/cxgov-language-server.js', import.meta.url));

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
  private readonly process: ChildProcess;
  private waiters: { check: () => boolean; resolve: () => void }[] = [];

  constructor() {
    this.process = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.settle();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => this.logs.push(params.message));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
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
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } }, rename: { prepareSupport: true } },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves once `check` holds, re-checked after every diagnostics notification. */
  until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting; diagnostics: ${JSON.stringify([...this.diagnostics])}\nlogs: ${this.logs.join('')}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Waits until the diagnostics of a file satisfy a predicate, then returns them. */
  async diagnosticsOf(path: string, check: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    const uri = fileUri(path);
    await this.until(() => this.diagnostics.has(uri) && check(this.diagnostics.get(uri)!));
    return this.diagnostics.get(uri)!;
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
