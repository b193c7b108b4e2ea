import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: action.yml, .pre-commit-hooks.yaml and the scripts they run live there. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A fresh folder shaped like a checkout that ran `npm ci`: a copy of a sample project at `cx/` and
 * node_modules/cxgov linked to this repository's library, so the scripts find the local CLI, offline.
 */
export function withWorkspace<T>(sample: string, body: (root: string) => T): T {
  const root = workspace(sample);
  try {
    return body(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** `withWorkspace` for a body that waits: the folder is removed when its promise settles. */
export async function withWorkspaceAsync<T>(sample: string, body: (root: string) => Promise<T>): Promise<T> {
  const root = workspace(sample);
  try {
    return await body(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function workspace(sample: string): string {
  const root = mkdtempSync(join(tmpdir(), 'cxgov-workspace-'));
  cpSync(join(REPO, 'samples', sample), join(root, 'cx'), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  symlinkSync(join(REPO, 'library'), join(root, 'node_modules', 'cxgov'), 'junction');
  return root;
}

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a script of this repository as a real process in `cwd`, with only these INPUT_* variables. */
export function runScript(script: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): ScriptRun {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && name !== 'GITHUB_STEP_SUMMARY'));
  const result = spawnSync(process.execPath, [join(REPO, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, NO_COLOR: '1', FORCE_COLOR: '', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
