import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { expectGolden } from '../helpers/golden.js';
import { GitRepository } from './gitRepository.js';
import { commitScenario, TODAY } from './runDiff.js';

describe('cxgov diff: the Markdown for a pull-request comment', () => {
  let repository: GitRepository;
  before(() => {
    repository = new GitRepository();
    commitScenario(repository);
  });
  after(() => repository.cleanup());

  it('is the default: a summary line, critical then notable changes, wording and fixed problems folded', () => {
    const run = runCli(['diff', 'main', 'change', '--today', TODAY], repository.root);
    assert.equal(run.status, 0, run.stderr);
    // Commit ids differ on every run: the golden has them blanked.
    const shown = run.stdout.replace(/\(`[0-9a-f]{7}`\)/g, '(`0000000`)');
    expectGolden('diff/review.md', shown);
  });

  it('links each change HEAD still has to its heading in the published handbook with --handbook-url', () => {
    const run = runCli(['diff', 'main', 'change', '--today', TODAY, '--handbook-url', 'https://example.com/handbook'], repository.root);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /\*\*\[KPI customer-satisfaction\]\(https:\/\/example\.com\/handbook\/kpis\.md#customer-satisfaction\)\*\*/);
    assert.match(run.stdout, /\*\*\[pillar personal\]|\*\*pillar `personal`\*\*/);
    assert.doesNotMatch(run.stdout, /handbook\/[a-z]+\.md#personal/, 'a removed entity has no heading to link to');
  });

  it('writes the report whole to --output-file, nothing on standard output', () => {
    const run = runCli(['diff', 'main', 'change', '--today', TODAY, '-o', 'review.md'], repository.root);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(readFileSync(join(repository.root, 'review.md'), 'utf8'), /^### cxgov: governance changes\n\n\*\*11 changes \(6 critical, 4 notable, 1 wording\)\*\*/);
    rmSync(join(repository.root, 'review.md'));
  });

  it('refuses a handbook address that is not http(s)', () => {
    const run = runCli(['diff', 'main', 'change', '--handbook-url', 'javascript:alert(1)'], repository.root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--handbook-url takes the http\(s\) address/);
  });
});

describe('cxgov diff: text from the repository cannot write Markdown or HTML into the comment', () => {
  it('escapes names and values', () => {
    const repository = new GitRepository();
    try {
      const owners = (name: string) => `owners:\n  - id: lead\n    name: "${name}"\n    type: person\n    customers: [Everyone]\n`;
      repository.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': owners('Sam') });
      repository.edit({ 'governance/owners.yaml': owners('<img src=x onerror=alert(1)> **bold** [link](https://evil.example) </details>') });
      const run = runCli(['diff', 'HEAD', '--today', TODAY], repository.root);
      assert.equal(run.status, 0, run.stderr);
      // Outside code spans, every < and * from the source is escaped; only the wording block's own tags are raw.
      const prose = run.stdout.replace(/`[^`\n]*`/g, '');
      assert.deepEqual(prose.match(/(?<!\\)<[^>]*>/g), ['<details>', '<summary>', '</summary>', '</details>']);
      assert.doesNotMatch(prose, /(?<!\\)\*\*bold/);
      assert.doesNotMatch(prose, /\[link\]\(/);
    } finally {
      repository.cleanup();
    }
  });
});
