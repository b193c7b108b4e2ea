// `--fix-dry-run`: the fixes are computed, nothing is written; `--format json` carries each fixed
// file's whole text (`output`, as ESLint) and the problems left after fixing.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';
import { hits, KPIS_A, PROJECT, type JsonOutput } from './eslintFlagsProject.js';

describe('cxgov lint --fix-dry-run', function () {
  this.timeout(30_000);

  it('writes nothing and prints the fixed text of each fixed file', () => {
    withTempProject(PROJECT, (root) => {
      const file = join(root, 'governance/kpis/a.yaml');
      const before = statSync(file).mtimeMs;
      const run = runCli(['lint', '--fix-dry-run', '--format', 'json'], root);
      assert.equal(run.status, 0, run.stderr);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(hits(output), ['kpi-no-mission-link governance/kpis/a.yaml:6']);
      const fixed = output.files!.find((entry) => entry.file === 'governance/kpis/a.yaml');
      assert.equal(fixed?.output, KPIS_A.replace('cx-leed', 'cx-lead'));
      assert.equal(output.files!.find((entry) => entry.file === 'governance/kpis/b.yaml')?.output, undefined, 'an unfixed file has no output');
      assert.equal(readFileSync(file, 'utf8'), KPIS_A);
      assert.equal(statSync(file).mtimeMs, before);
    });
  });

  it('fixes standard input as the named file, writing nothing', () => {
    withTempProject(PROJECT, (root) => {
      const text = KPIS_A.replace('owner: cx-lead\n', 'owner: cx-lead\n    supports: [happy]\n');
      const run = runCli(['lint', '--stdin', '--stdin-filename', 'governance/kpis/a.yaml', '--fix-dry-run', '--format', 'json'], root, {}, text);
      assert.equal(run.status, 0, run.stderr);
      const output = JSON.parse(run.stdout) as JsonOutput;
      assert.deepEqual(hits(output), []);
      assert.equal(output.files![0]!.output, text.replace('cx-leed', 'cx-lead'));
      assert.equal(readFileSync(join(root, 'governance/kpis/a.yaml'), 'utf8'), KPIS_A);
    });
  });
});
