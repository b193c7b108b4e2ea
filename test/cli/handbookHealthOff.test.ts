import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';

describe('cxgov handbook with handbook.health turned off', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'cxgov-health-off-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('removes the health page it wrote before, and nothing else', () => {
    writeFileSync(join(root, 'cxgov.yaml'), 'name: Health off\n');
    writeFileSync(join(root, 'team.cxgov.yaml'), 'kpis:\n  - { id: nps, name: Net Promoter Score }\n');
    const first = runCli(['handbook'], root);
    assert.equal(first.status, 0, first.stderr);
    const folder = join(root, 'handbook');
    assert.ok(existsSync(join(folder, 'health.md')));
    writeFileSync(join(folder, 'notes.md'), 'A person wrote this.\n');
    const kpis = readFileSync(join(folder, 'kpis.md'), 'utf8');

    writeFileSync(join(root, 'cxgov.yaml'), 'name: Health off\nhandbook:\n  health: false\n');
    const second = runCli(['handbook'], root);
    assert.equal(second.status, 0, second.stderr);
    assert.ok(!existsSync(join(folder, 'health.md')), 'health.md is removed');
    assert.equal(readFileSync(join(folder, 'notes.md'), 'utf8'), 'A person wrote this.\n');
    assert.equal(readFileSync(join(folder, 'kpis.md'), 'utf8'), kpis);
    assert.deepEqual(readdirSync(folder).sort(), ['.cxgov-handbook.json', 'index.md', 'initiatives.md', 'kpis.md', 'notes.md', 'owners.md', 'rituals.md', 'standards.md', 'values.md']);
    assert.doesNotMatch(readFileSync(join(folder, '.cxgov-handbook.json'), 'utf8'), /health\.md/);
    const check = runCli(['handbook', '--check'], root);
    assert.equal(check.status, 0, check.stdout);
  });
});
