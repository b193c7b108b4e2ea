import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { tempProject } from '../helpers/tempProject.js';

describe('cxgov commands', () => {
  let folder: ReturnType<typeof tempProject>;
  beforeEach(() => (folder = tempProject({})));
  afterEach(() => folder.cleanup());

  it('init scaffolds a project that lints clean, and never overwrites', () => {
    const init = runCli(['init', 'gov'], folder.root);
    assert.equal(init.status, 0, init.stderr);
    assert.ok(existsSync(join(folder.root, 'gov/cxgov.yaml')));
    const lint = runCli(['lint', '--format', 'json', '--today', '2026-11-23'], join(folder.root, 'gov'));
    assert.deepEqual(JSON.parse(lint.stdout).problems, []);
    assert.equal(lint.status, 0);
    const before = readFileSync(join(folder.root, 'gov/cxgov.yaml'), 'utf8');
    const packageJson = readFileSync(join(folder.root, 'gov/package.json'), 'utf8');
    const again = runCli(['init', 'gov'], folder.root);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already exist/);
    assert.equal(readFileSync(join(folder.root, 'gov/cxgov.yaml'), 'utf8'), before);
    assert.equal(readFileSync(join(folder.root, 'gov/package.json'), 'utf8'), packageJson);
  });

  it('rules lists every rule', () => {
    const run = runCli(['rules'], folder.root);
    assert.equal(run.status, 0);
    for (const id of ['yaml-syntax', 'schema', 'duplicate-id', 'unknown-reference', 'kpi-no-owner', 'guardrail-cycle', 'owner-unused', 'unknown-suppression', 'unused-suppression', 'expired-exception']) {
      assert.match(run.stdout, new RegExp(`^${id} `, 'm'));
    }
  });

  it('explain prints a rule and suggests a close id for a typo', () => {
    const run = runCli(['explain', 'kpi-no-owner'], folder.root);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /Why it matters: /);
    assert.match(run.stdout, /docs\/rules\/kpi-no-owner\.md/);
    const typo = runCli(['explain', 'kpi-no-ownr'], folder.root);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /Did you mean "kpi-no-owner"\?/);
  });

  it('answers --help and --version on every command', () => {
    for (const args of [[], ['lint'], ['init'], ['rules'], ['explain']]) {
      const help = runCli([...args, '--help'], folder.root);
      assert.equal(help.status, 0, args.join(' '));
      assert.match(help.stdout, /Usage: cxgov/);
      const version = runCli([...args, '--version'], folder.root);
      assert.equal(version.status, 0);
      assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    }
  });

  it('exits 2 on an unknown command', () => {
    const run = runCli(['lnt'], folder.root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /lint/);
  });
});
