import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { GitRepository } from './gitRepository.js';

const OWNERS = 'owners:\n  - id: lead\n    name: Lead\n    type: person\n    customers: [Everyone]\n';

describe('cxgov diff: bad input is a clear message and exit 2', () => {
  let repository: GitRepository;
  before(() => {
    repository = new GitRepository();
    repository.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': OWNERS });
  });
  after(() => repository.cleanup());

  it('an unknown revision', () => {
    const run = runCli(['diff', 'no-such-branch'], repository.root);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'cxgov: unknown revision "no-such-branch": no commit in this repository has that name (try a branch, a tag, HEAD~1 or a commit id).\n');
  });

  it('an unknown HEAD revision', () => {
    const run = runCli(['diff', 'HEAD', 'HEAD~5'], repository.root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^cxgov: unknown revision "HEAD~5"/);
  });

  it('a revision that looks like a git option is a revision, never an option', () => {
    const out = join(repository.root, 'written-by-git');
    const run = runCli(['diff', '--', `--output=${out}`], repository.root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^cxgov: unknown revision "--output=/);
    assert.equal(existsSync(out), false);
  });

  it('a folder that is not in a git repository', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxgov-not-git-'));
    try {
      const run = runCli(['diff', 'main'], folder, { GIT_CEILING_DIRECTORIES: tmpdir() });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^cxgov: .* is not in a git repository: cxgov diff compares revisions of one\.\n$/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a cxgov.yaml that does not parse at BASE: file:line:column and the revision', () => {
    const broken = new GitRepository();
    try {
      broken.commit('broken', { 'cxgov.yaml': 'name: x\nrules: [unclosed\n', 'governance/owners.yaml': OWNERS });
      broken.commit('fixed', { 'cxgov.yaml': 'name: x\n' });
      const run = runCli(['diff', 'HEAD~1', 'HEAD'], broken.root);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^cxgov: the configuration is not valid:\ncxgov\.yaml:2:8: The bracket \[ opened here is never closed.* \(at HEAD~1\)\n$/);
    } finally {
      broken.cleanup();
    }
  });

  it('a cxgov.yaml that is not valid in the working tree', () => {
    repository.edit({ 'cxgov.yaml': 'name: x\nrules:\n  no-such-rule: error\n' });
    try {
      const run = runCli(['diff', 'HEAD'], repository.root);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^cxgov: the configuration is not valid:\ncxgov\.yaml:3:3: .*no-such-rule.* \(at working tree\)\n$/);
    } finally {
      repository.git('checkout', '-q', '--', 'cxgov.yaml');
    }
  });

  it('a missing BASE argument is a usage error', () => {
    const run = runCli(['diff'], repository.root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing required argument 'base'/);
  });
});
