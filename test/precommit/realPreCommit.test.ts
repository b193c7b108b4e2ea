// The hook under the real pre-commit (Debian's package, installed by scripts/install-e2e.sh): a
// project's .pre-commit-config.yaml names a hook repository with this repository's hook files, and
// `git commit` is refused while a staged governance file has an error. Offline: pre-commit clones the
// hook repository from a local path, and a script hook installs nothing.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, withWorkspace } from '../action/actionWorkspace.js';
import { git, tryCommit } from './git.js';

/** What a clone of this repository holds that the hook runs. */
const HOOK_FILES = ['.pre-commit-hooks.yaml', 'action', 'library/package.json'];

function hasPreCommit(): boolean {
  return spawnSync('pre-commit', ['--version']).status === 0;
}

/** A git repository holding the hook files, as pre-commit clones it; its commit. */
function hookRepository(folder: string): string {
  for (const file of HOOK_FILES) cpSync(join(REPO, file), join(folder, file), { recursive: true });
  git(folder, 'init', '-q');
  git(folder, 'add', '.');
  git(folder, 'commit', '-q', '-m', 'hooks');
  return git(folder, 'rev-parse', 'HEAD').trim();
}

describe('the hook under the real pre-commit', function () {
  this.timeout(120_000);
  let scratch: string;

  before(function () {
    if (!hasPreCommit()) {
      const why = 'pre-commit is not installed; run: bash scripts/install-e2e.sh';
      if (process.env.CI) throw new Error(`The pre-commit test must run in CI: ${why}`);
      console.log(`    skipped: ${why}`);
      this.skip();
    }
    scratch = mkdtempSync(join(tmpdir(), 'cxgov-pre-commit-'));
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('git commit is refused with the problem while a staged source has an error, and goes through once it is fixed', () => {
    const hooks = join(scratch, 'hooks');
    mkdirSync(hooks);
    const rev = hookRepository(hooks);
    withWorkspace('wow-retail', (root) => {
      writeFileSync(join(root, '.gitignore'), 'node_modules\n');
      writeFileSync(join(root, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(hooks)}\n    rev: ${rev}\n    hooks:\n      - id: cxgov\n`);
      git(root, 'init', '-q');
      git(root, 'add', '.');
      git(root, 'commit', '-q', '-m', 'start');
      const env = { ...process.env, PRE_COMMIT_HOME: join(scratch, 'store'), NO_COLOR: '1' };
      execFileSync('pre-commit', ['install'], { cwd: root, env });

      const kpis = join(root, 'cx/governance/kpis.yaml');
      const good = readFileSync(kpis, 'utf8');
      writeFileSync(kpis, good.replace('owner: cx-insights-lead', 'owner: nobody-here'));
      git(root, 'add', '.');
      const refused = tryCommit(root, 'broken', env);
      assert.notEqual(refused.status, 0, refused.output);
      assert.match(refused.output, /cx\/governance\/kpis\.yaml\n\s+12:12\s+error\s+No owner has the id "nobody-here"/);

      writeFileSync(kpis, good.replace('name: Net Promoter Score', 'name: Net Promoter Score (NPS)'));
      git(root, 'add', '.');
      const accepted = tryCommit(root, 'fixed', env);
      assert.equal(accepted.status, 0, accepted.output);
      assert.match(accepted.output, /cxgov lint\.+Passed/);
    });
  });
});
