// A minimal LSP client over stdio for the benchmark: spawns the language server as an editor
// would, counts diagnostics per file, and lets the caller wait for a condition on them (events,
// never polling). The tests have their own client; the benchmark does not depend on test/.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node.js';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_BIN } from './paths.js';

export const fileUri = (path: string): string => pathToFileURL(path).href;

interface Waiter {
  check: () => boolean;
  resolve: () => void;
}

export class LspSession {
  readonly connection: ProtocolConnection;
  /** The latest diagnostics per URI, and how often each URI was published. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly publications = new Map<string, number>();
  /** Whether the server said it has checked the workspace's projects (`cxgov/projectsIndexed`). */
  indexed = false;
  readonly logs: string[] = [];
  private readonly child: ChildProcess;
  private waiters: Waiter[] = [];
  private readonly publishListeners = new Set<(uri: string, diagnostics: Diagnostic[]) => void>();

  constructor(serverArgs: readonly string[] = []) {
    this.child = spawn(process.execPath, [...serverArgs, SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.publications.set(params.uri, (this.publications.get(params.uri) ?? 0) + 1);
      for (const listener of this.publishListeners) listener(params.uri, params.diagnostics);
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
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.listen();
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** `initialize` then `initialized`, with one workspace folder. */
  async start(folder: string): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(folder),
      workspaceFolders: [{ uri: fileUri(folder), name: 'bench' }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true, configuration: true },
        // What VS Code's client (vscode-languageclient 9) declares for these features.
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          completion: {
            completionItem: { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } },
            completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
          },
        },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** Calls `listener` on every diagnostics notification (before waiters are checked); returns a function that stops it. */
  onPublish(listener: (uri: string, diagnostics: Diagnostic[]) => void): () => void {
    this.publishListeners.add(listener);
    return () => this.publishListeners.delete(listener);
  }

  /** Resolves once `check` holds; re-checked after every diagnostics notification. */
  until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nserver log: ${this.logs.join('').slice(-2000)}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  open(path: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fileUri(path), languageId: 'yaml', version, text } });
  }

  /** `didChange` replacing the whole text. */
  change(path: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(path), version }, contentChanges: [{ text }] });
  }

  /** Resident and peak resident memory of the server process, in MB, from /proc (Linux only). */
  memory(): { rssMB: number; peakMB: number } | undefined {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
      return { rssMB: kB('VmRSS') / 1024, peakMB: kB('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone: killed below either way.
    }
    // Let it exit by itself (a --cpu-prof profile is written at exit); kill it if it hangs.
    const exited = new Promise<void>((resolve) => (this.child.exitCode !== null || this.child.signalCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    const timer = setTimeout(() => this.child.kill(), 10_000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
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
