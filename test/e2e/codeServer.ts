import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_SERVER } from './paths.js';

/** User settings for a quiet, offline, reproducible workbench. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
};

/**
 * One code-server (VS Code 1.100 in the browser, from npm) in a throw-away home: its own
 * XDG folders, user data and extensions, on a free port. It runs in its own process group, so
 * that stopping it also stops the extension hosts and language servers it started.
 */
export class CodeServer {
  readonly url: string;
  private constructor(
    private readonly process: ChildProcess,
    readonly port: number,
    readonly home: string,
    readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Starts code-server, installing `vsix` first when given; resolves once it listens. */
  static async start(options: { vsix?: string } = {}): Promise<CodeServer> {
    const home = mkdtempSync(join(tmpdir(), 'cxgov-code-server-'));
    const dirs = { userData: join(home, 'user-data'), extensions: join(home, 'extensions') };
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    const env = isolatedEnv(home);
    const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
    if (options.vsix) {
      const install = spawnSync(CODE_SERVER, [...common, '--install-extension', options.vsix], { env, encoding: 'utf8' });
      if (install.status !== 0) throw new Error(`code-server could not install ${options.vsix}:\n${install.stdout}${install.stderr}`);
    }
    const port = await freePort();
    const logFile = join(home, 'code-server.log');
    const args = ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...common];
    // detached: the child calls setsid(), so it leads a new process group (see stop()).
    const child = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(logFile);
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const server = new CodeServer(child, port, home, logFile);
    await server.listening();
    return server;
  }

  /** The workbench URL for a folder, with optional development payload (see the notes). */
  workbench(folder: string, payload?: [string, string][]): string {
    const query = `folder=${encodeURIComponent(folder)}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
    return `${this.url}/?${query}`;
  }

  /** A `vscode-remote:` URI for a path on this machine, as the workbench payload wants it. */
  remoteUri(path: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${path}`;
  }

  /** code-server's own log so far (for failure messages). */
  log(): string {
    try {
      return readFileSync(this.logFile, 'utf8');
    } catch {
      return '';
    }
  }

  /** Kills the whole process group (server, extension hosts, language servers) and the home. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => (this.process.exitCode !== null ? resolve() : this.process.once('exit', () => resolve())));
    signalGroup(this.process.pid, 'SIGTERM');
    await exited;
    // Whatever ignored SIGTERM (an extension host busy shutting down) does not outlive the test.
    signalGroup(this.process.pid, 'SIGKILL');
    rmSync(this.home, { recursive: true, force: true });
  }

  /** Resolves when code-server says it listens (an event on its output, not a poll). */
  private listening(): Promise<void> {
    return new Promise((resolve, reject) => {
      let seen = '';
      const onData = (chunk: Buffer) => {
        seen += chunk.toString();
        if (seen.includes('HTTP server listening on')) {
          this.process.stdout!.off('data', onData);
          resolve();
        }
      };
      this.process.stdout!.on('data', onData);
      this.process.once('exit', (code) => reject(new Error(`code-server exited (${code}) before listening:\n${seen}${this.log()}`)));
    });
  }
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** code-server writes to ~/.config and ~/.local/share: keep all of that in the throw-away home. */
function isolatedEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, dir] of Object.entries({ XDG_CONFIG_HOME: 'config', XDG_DATA_HOME: 'data', XDG_CACHE_HOME: 'cache', XDG_STATE_HOME: 'state' })) {
    env[name] = join(home, dir);
    mkdirSync(env[name]!, { recursive: true });
  }
  // Settings that tests or developers' shells may carry must not leak into the workbench.
  delete env.VSCODE_IPC_HOOK_CLI;
  delete env.ELECTRON_RUN_AS_NODE;
  return env;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
