import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files to write (relative path → content), or to delete (null). */
export type FileEdits = Record<string, string | null>;

/** A real git repository in a temporary folder, with a fixed identity and no user or system configuration. */
export class GitRepository {
  readonly root = mkdtempSync(join(tmpdir(), 'cxgov-diff-'));

  constructor() {
    this.git('init', '-q', '-b', 'main');
  }

  /** Runs git in the repository and returns its output; a failure fails the test. */
  git(...args: string[]): string {
    return gitIn(this.root, ...args);
  }

  /** Writes and deletes files in the working tree. */
  edit(files: FileEdits): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.root, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    return this;
  }

  /** Edits, stages everything and commits; returns the commit id. */
  commit(message: string, files: FileEdits = {}): string {
    this.edit(files);
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Runs git in a folder with a fixed identity and no user or system configuration; returns its output, a failure fails the test. */
export function gitIn(cwd: string, ...args: string[]): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', env: GIT_ENV });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout.trim();
}

const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
};
