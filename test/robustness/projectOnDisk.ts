// Real projects in temp folders for the robustness tests of what cxgov reads, and the two ways a
// user meets them: the CLI as a process and the language server over a real LSP connection.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient.js';
import { CLI } from '../helpers/runCli.js';

/** Far above the work any of these inputs may take: only a hang reaches it. */
export const HANG_MS = 20_000;

export const OWNERS = 'owners:\n  - id: head-of-cx\n    name: Head of CX\n    type: role\n    customers: [Every customer]\n';

/** Fresh temp folders, removed after the suite; `folder()` makes one. */
export function tempFolders(): { folder: () => string; removeAll: () => void } {
  const made: string[] = [];
  return {
    folder: () => {
      const dir = mkdtempSync(join(tmpdir(), 'cxgov-reads-'));
      made.push(dir);
      return dir;
    },
    removeAll: () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}

/** Writes a file, making its folders. */
export function put(root: string, path: string, content: string): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

/** Makes a named pipe (nobody ever writes to it: reading it would wait forever). */
export function makeFifo(path: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

/** `cxgov ARGS...` as a process in `cwd`, killed if it hangs; what a user sees. */
export function cxgov(args: readonly string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: HANG_MS, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  return { status: run.status, signal: run.signal, stdout: run.stdout ?? '', stderr: run.stderr ?? '', output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

/** `--format json` problems as `file:line:column rule message` lines, for readable assertions. */
export function problemLines(stdout: string): string[] {
  const { problems } = JSON.parse(stdout) as { problems: { file: string; line: number; column: number; rule: string; message: string }[] };
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`);
}

/** `--format json` problems as `file:line:column rule`: where, and by which rule. */
export function problemPlaces(stdout: string): string[] {
  return problemLines(stdout).map((line) => line.split(' ').slice(0, 2).join(' '));
}

/** Diagnostics as `line:column rule`, 1-based as the CLI counts. */
export function diagnosticPlaces(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`);
}

/** Starts a server (`server`: another entry point) on `root`, waits until `file` has diagnostics that satisfy `check`, and returns them with the server's logs. */
export async function serverDiagnostics(root: string, file: string, check: (diagnostics: Diagnostic[]) => boolean = (d) => d.length > 0, server?: string) {
  const client = new LspClient(server);
  try {
    await client.start(root);
    const diagnostics = await client.diagnosticsOf(file, check);
    return { diagnostics, all: client.diagnostics, logs: client.logs.join('') };
  } finally {
    await client.stop();
  }
}
