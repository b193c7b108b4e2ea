// Runs a Node script as its own process and measures it from outside: wall time, CPU time (user +
// system) and peak resident memory.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  maxRssMB: number;
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';
/** Elapsed, user and system seconds, peak RSS in KB: one line, easy to parse. */
const GNU_FORMAT = '%e %U %S %M';

let gnuTime: boolean | undefined;

/** Whether GNU time is installed (BSD time, on macOS, has neither -f nor -o). */
export function hasGnuTime(): boolean {
  if (gnuTime === undefined) {
    const probe = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' });
    gnuTime = `${probe.stdout ?? ''}${probe.stderr ?? ''}`.includes('GNU');
  }
  return gnuTime;
}

/** How resources are measured, for the results file. */
export function measuredWith(): string {
  return hasGnuTime() ? 'GNU time (%e %U %S %M)' : 'process.resourceUsage() at exit (--import preload)';
}

/**
 * Runs `node script ...args` and waits for it. GNU time gives the child's peak RSS and CPU as
 * the kernel counts them; without it, a preload reports the process's own `resourceUsage()`.
 * Wall time is measured here, around the whole process, start-up included.
 */
export async function runNode(script: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'cxgov-bench-'));
  const usageFile = join(scratch, 'usage');
  const nodeArgs = [script, ...args];
  const [command, commandArgs, env] = hasGnuTime()
    ? [GNU_TIME, ['-f', GNU_FORMAT, '-o', usageFile, process.execPath, ...nodeArgs], options.env ?? process.env]
    : [process.execPath, ['--import', PRELOAD, ...nodeArgs], { ...(options.env ?? process.env), BENCH_USAGE_FILE: usageFile }];
  try {
    const started = performance.now();
    const { exitCode, stdout, stderr } = await run(command, commandArgs, { cwd: options.cwd, env });
    const wallMs = performance.now() - started;
    const usage = readUsage(usageFile);
    return { wallMs, ...usage, exitCode, stdout, stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const PRELOAD = fileURLToPath(new URL('./usagePreload.js', import.meta.url));

function readUsage(usageFile: string): { cpuMs: number; maxRssMB: number } {
  const text = readFileSync(usageFile, 'utf8');
  if (hasGnuTime()) {
    // GNU time writes "Command exited with non-zero status N" first when the child fails.
    const line = text.trim().split('\n').at(-1)!;
    const [, user, system, rssKB] = line.split(' ').map(Number);
    return { cpuMs: (user! + system!) * 1000, maxRssMB: rssKB! / 1024 };
  }
  const usage = JSON.parse(text) as { maxRssKB: number; userMs: number; systemMs: number };
  return { cpuMs: usage.userMs + usage.systemMs, maxRssMB: usage.maxRssKB / 1024 };
}

function run(command: string, args: readonly string[], options: { cwd?: string; env: NodeJS.ProcessEnv }): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}
