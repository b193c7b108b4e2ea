// The pre-commit hook (.pre-commit-hooks.yaml, id cxgov) run the way pre-commit runs it: its entry
// with its args and the staged file names its `types` select, in a real git repository whose
// governance project is a copy of a sample and whose node_modules/cxgov is this repository's CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { REPO, withWorkspace } from '../action/actionWorkspace.js';
import { git } from './git.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  types?: string[];
  args?: string[];
}

const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((candidate) => candidate.id === 'cxgov')!;

function write(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

function edit(root: string, path: string, from: string, to: string): void {
  const text = readFileSync(join(root, path), 'utf8');
  assert.ok(text.includes(from), `${path} has no "${from}"`);
  writeFileSync(join(root, path), text.replace(from, to));
}

/** A git repository of the workspace, everything committed but node_modules. */
function withRepository(body: (root: string) => void): void {
  withWorkspace('wow-retail', (root) => {
    cpSync(join(root, 'cx'), join(root, 'other-cx'), { recursive: true });
    write(root, '.gitignore', 'node_modules\n');
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'start');
    body(root);
  });
}

/** What pre-commit passes: the staged (added, changed, renamed) files of the hook's types. */
function stagedFiles(root: string): string[] {
  const staged = git(root, 'diff', '--cached', '--name-only', '--diff-filter=ACMRTUXB', '-z').split('\0').filter(Boolean);
  assert.deepEqual(hook.types, ['yaml']);
  return staged.filter((file) => /\.ya?ml$/.test(file));
}

/** Stages everything, then runs the hook's entry as pre-commit does (entry, args, file names). */
function commitHook(root: string, args = hook.args ?? []): { status: number | null; output: string; files: string[] } {
  git(root, 'add', '.');
  const files = stagedFiles(root);
  const result = spawnSync(join(REPO, hook.entry), [...args, ...files], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { status: result.status, output: result.stdout + result.stderr, files };
}

describe('the pre-commit hook', function () {
  this.timeout(60_000);

  it('is a script hook of yaml files whose entry is an executable file of this repository', () => {
    assert.equal(hook.language, 'script');
    accessSync(join(REPO, hook.entry), constants.X_OK);
    assert.match(readFileSync(join(REPO, hook.entry), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('a staged file with a problem: exit 1 and the problem at its file, line and column', () => {
    withRepository((root) => {
      edit(root, 'cx/governance/kpis.yaml', 'owner: cx-insights-lead', 'owner: nobody-here');
      const run = commitHook(root);
      assert.equal(run.status, 1, run.output);
      assert.match(run.output, /cx\/governance\/kpis\.yaml\n\s+12:12\s+error\s+No owner has the id "nobody-here"/);
    });
  });

  it('clean staged files: exit 0', () => {
    withRepository((root) => {
      edit(root, 'cx/governance/kpis.yaml', 'name: Net Promoter Score', 'name: Net Promoter Score (NPS)');
      const run = commitHook(root);
      assert.deepEqual(run.files, ['cx/governance/kpis.yaml']);
      assert.equal(run.status, 0, run.output);
    });
  });

  it('files of two projects: each checked with its own project, the problems of both reported', () => {
    withRepository((root) => {
      // The two projects define the same owners: checked as one project, every owner would be a duplicate.
      edit(root, 'cx/governance/owners.yaml', 'name: Maya Okafor', 'name: Maya Okafor-Reyes');
      edit(root, 'other-cx/governance/owners.yaml', 'name: Maya Okafor', 'name: Maya Okafor-Reyes');
      const clean = commitHook(root);
      assert.equal(clean.status, 0, clean.output);

      edit(root, 'cx/governance/kpis.yaml', 'owner: cx-insights-lead', 'owner: nobody-here');
      edit(root, 'other-cx/governance/kpis.yaml', 'owner: cx-insights-lead', 'owner: nobody-there');
      const run = commitHook(root);
      assert.equal(run.status, 1, run.output);
      assert.match(run.output, /No owner has the id "nobody-here"/);
      assert.match(run.output, /No owner has the id "nobody-there"/);
      assert.doesNotMatch(run.output, /duplicate-id/);
    });
  });

  it('YAML that is no source of a project is left alone: CI workflows, files outside any project, excluded drafts', () => {
    withRepository((root) => {
      write(root, '.github/workflows/ci.yaml', 'on: push\n');
      write(root, 'docker-compose.yml', 'services: {}\n');
      write(root, 'cx/governance/drafts/idea.yaml', 'not: [a governance file\n');
      const run = commitHook(root);
      assert.equal(run.files.length, 3);
      assert.equal(run.status, 0, run.output);
    });
  });

  it('a staged cxgov.yaml: its whole project is checked, as the settings of every file changed', () => {
    withRepository((root) => {
      edit(root, 'cx/governance/kpis.yaml', 'owner: cx-insights-lead', 'owner: nobody-here');
      git(root, 'commit', '-q', '-a', '-m', 'a problem committed before the hook was installed');
      edit(root, 'cx/cxgov.yaml', 'review-overdue: warning', 'review-overdue: error');
      const run = commitHook(root);
      assert.deepEqual(run.files, ['cx/cxgov.yaml']);
      assert.equal(run.status, 1, run.output);
      assert.match(run.output, /cx\/governance\/kpis\.yaml\n\s+12:12\s+error\s+No owner has the id "nobody-here"/);
    });
  });

  it('args before the file names reach cxgov lint: --max-warnings 0 fails on a warning', () => {
    withRepository((root) => {
      // A KPI without an owner, its rule turned down to a warning: no error, so only --max-warnings fails.
      edit(root, 'cx/cxgov.yaml', 'review-overdue: warning', 'review-overdue: warning\n  kpi-no-owner: warning');
      edit(root, 'cx/governance/kpis.yaml', '    owner: cx-insights-lead\n', '');
      assert.equal(commitHook(root).status, 0);
      const run = commitHook(root, ['--max-warnings', '0']);
      assert.equal(run.status, 1, run.output);
      assert.match(run.output, /warning .*kpi-no-owner/);
    });
  });

  it('args that would take the report away from the terminal: exit 2 naming them', () => {
    withRepository((root) => {
      edit(root, 'cx/governance/kpis.yaml', 'owner: cx-insights-lead', 'owner: nobody-here');
      const run = commitHook(root, ['--format', 'json']);
      assert.equal(run.status, 2, run.output);
      assert.match(run.output, /cxgov pre-commit hook: --format cannot be used in the hook/);
    });
  });

  it('--fix in args fixes the staged files only, never the rest of the project', () => {
    withRepository((root) => {
      edit(root, 'cx/governance/kpis.yaml', 'owner: cx-insights-lead', 'owner: CX-Insights-Lead');
      git(root, 'commit', '-q', '-a', '-m', 'a wrong case committed before the hook was installed');
      edit(root, 'cx/governance/standards.yaml', 'owner: daniel-reyes', 'owner: Daniel-Reyes');
      const unstaged = readFileSync(join(root, 'cx/governance/kpis.yaml'), 'utf8');
      const run = commitHook(root, ['--fix']);
      assert.deepEqual(run.files, ['cx/governance/standards.yaml']);
      assert.equal(readFileSync(join(root, 'cx/governance/kpis.yaml'), 'utf8'), unstaged);
      assert.doesNotMatch(readFileSync(join(root, 'cx/governance/standards.yaml'), 'utf8'), /Daniel-Reyes/);
      assert.equal(run.status, 0, run.output);
    });
  });
});
