// `--fix`: applies the safe fixes (the one did-you-mean replacement of an id, a field name or an
// enum value), pass after pass until none applies, writes each changed source whole or not at all,
// then reports what is left. A file changed on disk since it was read is not overwritten.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';
import { hits, KPIS_B, OWNERS, PROJECT, TYPOS, type JsonOutput } from './eslintFlagsProject.js';

const FIXED = TYPOS.replace('ownr: cx-leed', 'owner: cx-lead').replace('Outcome', 'outcome');

describe('cxgov lint --fix', function () {
  this.timeout(30_000);

  it('applies every safe fix, in as many passes as needed, and reports what is left', () => {
    withTempProject({ ...PROJECT, 'governance/kpis/a.yaml': TYPOS }, (root) => {
      const run = runCli(['lint', '--fix', '--format', 'json'], root);
      assert.equal(readFileSync(join(root, 'governance/kpis/a.yaml'), 'utf8'), FIXED);
      assert.deepEqual(hits(JSON.parse(run.stdout) as JsonOutput), ['kpi-no-mission-link governance/kpis/a.yaml:7']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(readFileSync(join(root, 'governance/owners.yaml'), 'utf8'), OWNERS, 'a file without fixes is not rewritten');
      assert.equal(readFileSync(join(root, 'governance/kpis/b.yaml'), 'utf8'), KPIS_B);
      assert.deepEqual(readdirSync(join(root, 'governance/kpis')).sort(), ['a.yaml', 'b.yaml'], 'no temporary file left');
    });
  });

  it('leaves alone what has no single safe fix, and keeps a BOM and CRLF line ends', () => {
    const crlf = `\uFEFF${TYPOS.replace('cx-leed', 'nobody-here')}`.replace(/\n/g, '\r\n');
    withTempProject({ ...PROJECT, 'governance/kpis/a.yaml': crlf }, (root) => {
      const run = runCli(['lint', '--fix'], root);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(readFileSync(join(root, 'governance/kpis/a.yaml'), 'utf8'), crlf.replace('ownr', 'owner').replace('Outcome', 'outcome'));
      assert.match(run.stdout, /No owner has the id "nobody-here"/);
    });
  });

  it('fixes only the files named, and writes nothing when none applies', () => {
    withTempProject({ ...PROJECT, 'governance/kpis/b.yaml': KPIS_B.replace('cx-lead', 'cx-leed') }, (root) => {
      runCli(['lint', '--fix', 'governance/kpis/b.yaml'], root);
      assert.equal(readFileSync(join(root, 'governance/kpis/b.yaml'), 'utf8'), KPIS_B);
      assert.equal(readFileSync(join(root, 'governance/kpis/a.yaml'), 'utf8'), PROJECT['governance/kpis/a.yaml'], 'a.yaml was not named');
    });
  });

  it('never writes a file outside the project, even when it is named and has a safe fix', () => {
    withTempProject({ 'project/cxgov.yaml': 'name: Flags\n', 'project/governance/owners.yaml': OWNERS, 'outside/kpis.yaml': TYPOS }, (root) => {
      const run = runCli(['lint', '--fix', '--format', 'json', 'governance/owners.yaml', '../outside/kpis.yaml'], join(root, 'project'));
      assert.equal(readFileSync(join(root, 'outside/kpis.yaml'), 'utf8'), TYPOS);
      assert.ok(hits(JSON.parse(run.stdout) as JsonOutput).includes('schema ../outside/kpis.yaml:4'), run.stdout);
    });
  });

  it('cannot be combined with --watch or --fix-dry-run (exit 2)', () => {
    withTempProject({ ...PROJECT, 'governance/kpis/a.yaml': TYPOS }, (root) => {
      for (const other of ['--watch', '--fix-dry-run']) {
        const run = runCli(['lint', '--fix', other], root);
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.equal(readFileSync(join(root, 'governance/kpis/a.yaml'), 'utf8'), TYPOS);
      }
    });
  });
});
