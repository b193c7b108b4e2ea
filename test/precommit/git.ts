import { execFileSync, spawnSync } from 'node:child_process';

const IDENTITY = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com'];

/** Runs git in `cwd` with a test identity; its output. Throws when git fails. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8' });
}

/** `git commit -m message`, which hooks may refuse: its exit code and everything it printed. */
export function tryCommit(cwd: string, message: string, env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const result = spawnSync('git', [...IDENTITY, 'commit', '-m', message], { cwd, env, encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}
