import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `cxgov` command as npm installs it, run as a real process. */
export const CLI = fileURLToPath(new URL('../../../library/bin/cxgov.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `cxgov ARGS...` in a folder, without colour, and returns what a user would see; `input` goes to its standard input. */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}, input?: string): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
