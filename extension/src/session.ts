import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { ProjectsIndexedNotification } from 'cxgov-language-server/protocol';
import { createClient } from './client';
import { readConfig } from './config';
import { looksLikeGovernance } from './governanceFile';
import { clientOutput } from './logOutput';
import { createProjectCommand } from './offerProject';
import { ProjectFolders } from './projectFolders';
import { StatusBar } from './statusBar';

/**
 * The extension's one piece of state: the language client (started when the workspace has a
 * project, or a command needs it; absent while `cxgov.enable` is off), its log and the status
 * bar item. Commands and the activation go through it.
 */
export class Session implements vscode.Disposable {
  /** A log output channel: "Developer: Set Log Level" lists it as cxgov. */
  readonly output = vscode.window.createOutputChannel('cxgov', { log: true });
  readonly statusBar = new StatusBar();
  readonly projects = new ProjectFolders();
  private client: LanguageClient | undefined;
  /** How many projects the server found when it was done with its first check; undefined before. */
  private indexedProjects: number | undefined;
  /** The first look for projects (and start), while the window opens. */
  private opening: Promise<void> | undefined;
  private readonly listeners: vscode.Disposable[];

  constructor(private readonly context: vscode.ExtensionContext) {
    this.listeners = [
      this.projects.onDidChange(() => this.projectsChanged()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshStatus()),
    ];
  }

  /** Finds the workspace's projects and starts the server if there is one; rejects when it cannot start. */
  open(): Promise<void> {
    this.opening = this.openProjects();
    return this.opening;
  }

  private async openProjects(): Promise<void> {
    // Looking for projects is the start of the start: no item appears, then turns into another.
    this.statusBar.show('starting');
    await this.projects.load();
    if (this.projects.any()) return this.start();
    this.output.info('No cxgov.yaml in this workspace: the language server starts once a project is created.');
    this.refreshStatus();
  }

  /** Starts the server unless `cxgov.enable` is off; rejects when it cannot start. */
  async start(): Promise<void> {
    const config = readConfig();
    if (!config.enable) {
      this.statusBar.show('hidden');
      this.output.info('cxgov.enable is off: the language server is not started.');
      return;
    }
    this.indexedProjects = undefined;
    this.statusBar.show('starting');
    const client = createClient(this.context, config, clientOutput(this.output));
    this.client = client;
    client.onDidChangeState(({ newState }) => {
      if (this.client !== client) return;
      // Starting again after a crash: "starting…" until the new server's first check.
      if (newState === State.Starting) this.indexedProjects = undefined;
      if (newState !== State.Running) this.statusBar.show(newState === State.Starting ? 'starting' : 'stopped');
    });
    client.onNotification(ProjectsIndexedNotification, ({ projects }) => {
      if (this.client !== client) return;
      this.indexedProjects = projects;
      this.refreshStatus();
    });
    await client.start();
  }

  /** Stops the server, if it runs: a stop that was asked for, so nothing says "not running". */
  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.indexedProjects = undefined;
    await client?.dispose();
  }

  /** "starting…" at once and throughout, never "not running" in between. */
  async restart(): Promise<void> {
    this.statusBar.show('starting');
    await this.stop();
    await this.start();
  }

  /** The running client, started if needed; throws when cxgov is turned off. */
  async ready(): Promise<LanguageClient> {
    // A command run while the window opens: the client being started is the one to use, not a second.
    await this.opening?.catch(() => undefined);
    if (!this.client) await this.start();
    if (!this.client) throw new Error('cxgov is turned off in this workspace (setting "cxgov.enable").');
    if (!this.client.isRunning()) await this.client.start();
    return this.client;
  }

  dispose(): void {
    void this.stop();
    this.listeners.forEach((listener) => listener.dispose());
    this.projects.dispose();
    this.statusBar.dispose();
    this.output.dispose();
  }

  /** A project appeared (a new cxgov.yaml) or went: start the server for it, say what there is. */
  private projectsChanged(): void {
    if (this.projects.any() && !this.client && readConfig().enable) {
      void this.start().catch((error: unknown) => this.output.error(`The language server could not start: ${String(error)}`));
    }
    this.refreshStatus();
  }

  /** Counts once the server has checked a project; "no project" where governance YAML is open without one. */
  private refreshStatus(): void {
    if (!readConfig().enable) {
      this.statusBar.show('hidden');
      return;
    }
    const waiting = this.client !== undefined && this.indexedProjects === undefined;
    if (waiting || !this.projects.loaded() || this.statusBar.current() === 'stopped') return;
    if (this.projects.any() || (this.indexedProjects ?? 0) > 0) {
      this.statusBar.show('checked');
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !looksLikeGovernance(document)) {
      this.statusBar.show('hidden');
      return;
    }
    this.statusBar.show('noProject', createProjectCommand(document.uri));
  }
}
