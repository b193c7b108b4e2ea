import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { readConfig } from './config';
import { StatusBar } from './statusBar';

/**
 * The extension's one piece of state: the language client (absent while `cxgov.enable` is off),
 * its output channel and the status bar item. Commands and the activation go through it.
 */
export class Session implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('cxgov');
  readonly statusBar = new StatusBar();
  private client: LanguageClient | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {}

  /** Starts the server unless `cxgov.enable` is off; rejects when it cannot start. */
  async start(): Promise<void> {
    const config = readConfig();
    if (!config.enable) {
      this.statusBar.hide();
      this.output.appendLine('cxgov.enable is off: the language server is not started.');
      return;
    }
    const client = createClient(this.context, config, this.output);
    this.client = client;
    client.onDidChangeState(({ newState }) => this.statusBar.setRunning(newState === State.Running));
    await client.start();
  }

  /** Stops the server, if it runs. */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.statusBar.setRunning(false);
    await client?.dispose();
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** The running client, started if needed; throws when cxgov is turned off. */
  async ready(): Promise<LanguageClient> {
    if (!this.client) await this.start();
    if (!this.client) throw new Error('cxgov is turned off in this workspace (setting "cxgov.enable").');
    if (!this.client.isRunning()) await this.client.start();
    return this.client;
  }

  dispose(): void {
    void this.stop();
    this.statusBar.dispose();
    this.output.dispose();
  }
}
