// What the handbook robustness tests share: a copy of the sample project, people's own files in
// its handbook folder, and the checks that nothing of theirs was lost and no leftover remains.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CLI, runCli } from '../helpers/runCli.js';

export const SAMPLE = fileURLToPath(new URL('../../../samples/wow-retail', import.meta.url));
/** Two versions of the sample's handbook, as `--title` makes them (the pages never depend on the day). */
export const VERSION_A = 'The Bramble Customer Handbook, version A';
export const VERSION_B = 'The Bramble Customer Handbook, version B';

/** A fresh copy of samples/wow-retail at `<base>/work/project`, its handbook as committed. */
export function sampleProject(): { base: string; project: string; handbook: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'cxgov-handbook-robust-'));
  // Readable by everyone, so that a test may run the CLI as an unprivileged user.
  chmodSync(base, 0o755);
  const project = join(base, 'work/project');
  mkdirSync(dirname(project), { recursive: true });
  cpSync(SAMPLE, project, { recursive: true });
  return { base, project, handbook: join(project, 'handbook'), cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Writes `count` files of people's own, in nested folders, and returns their paths and contents. */
export function peoplesFiles(folder: string, count: number): Map<string, string> {
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const path = i % 3 === 0 ? `notes-${i}.md` : `team-${i % 7}/year-${i % 4}/file-${i}.${i % 5 === 0 ? 'png' : 'md'}`;
    const content = `file ${i} of people's own work\n${'x'.repeat(i % 50)}\n`;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), content);
    files.set(path, content);
  }
  return files;
}

/** Asserts that every file in `files` (relative to `folder`) is there with its content; returns how many were checked. */
export function assertAllThere(folder: string, files: ReadonlyMap<string, string>, when: string): number {
  for (const [path, content] of files) {
    const full = join(folder, path);
    assert.ok(existsSync(full), `${when}: ${relative(dirname(folder), full)} is gone`);
    assert.equal(readFileSync(full, 'utf8'), content, `${when}: ${path} changed`);
  }
  return files.size;
}

/** The pages `cxgov handbook --title VERSION` writes for the sample: page name → content. */
export function pagesOf(version: string): Map<string, string> {
  const { project, handbook, cleanup } = sampleProject();
  try {
    rmSync(handbook, { recursive: true });
    const run = runCli(['handbook', '--title', version], project);
    assert.equal(run.status, 0, run.stderr);
    return new Map(readdirSync(handbook).filter((name) => name.endsWith('.md')).map((name) => [name, readFileSync(join(handbook, name), 'utf8')]));
  } finally {
    cleanup();
  }
}

/** Leftovers of a run: hidden temporary folders beside the handbook folder, temporary or lock files inside it. */
export function leftovers(handbook: string): string[] {
  const beside = readdirSync(dirname(handbook)).filter((name) => name.startsWith('.handbook.'));
  const inside = readdirSync(handbook).filter((name) => /cxgov-tmp|\.lock$/.test(name));
  return [...beside, ...inside];
}

/** Whether a path exists without following a symbolic link. */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

export interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `cxgov ARGS...` in `cwd`; `kill` sends SIGKILL; `done` resolves when the process has ended. */
export function startCli(args: readonly string[], cwd: string): { pid: number; kill: () => void; done: Promise<Finished> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Finished>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { pid: child.pid!, kill: () => child.kill('SIGKILL'), done };
}

/** Random numbers in [0, 1) from a seed (fast-check's generator), so that a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let batch = 0;
  let values: number[] = [];
  return () => {
    // Without bias: fast-check favours edge values (0, tiny numbers) unless told not to.
    if (values.length === 0) values = fc.sample(fc.noBias(fc.integer({ min: 0, max: 0x7fffffff })), { seed: seed + batch++, numRuns: 1000 });
    return values.pop()! / 2 ** 31;
  };
}

/** A message a user sees that must never be there: a stack trace or an internal error. */
export function assertNoCrash(run: { stderr: string; stdout: string }, when: string): void {
  assert.doesNotMatch(run.stderr, /\n\s+at |internal error/i, `${when}: ${run.stderr}`);
  assert.doesNotMatch(run.stdout, /\n\s+at |internal error/i, `${when}: ${run.stdout}`);
}
