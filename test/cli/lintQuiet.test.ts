// `--quiet`: errors only, as ESLint. Warnings and infos are neither shown nor counted toward --max-warnings.
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';
import { hits, PROJECT, type JsonOutput } from './eslintFlagsProject.js';

describe('cxgov lint --quiet', function () {
  this.timeout(30_000);

  it('reports errors only', () => {
    withTempProject(PROJECT, (root) => {
      const run = runCli(['lint', '--quiet', '--format', 'json'], root);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(hits(JSON.parse(run.stdout) as JsonOutput), ['unknown-reference governance/kpis/a.yaml:4']);
    });
  });

  it('hides warnings from stylish and does not count them toward --max-warnings', () => {
    withTempProject({ ...PROJECT, 'governance/kpis/a.yaml': PROJECT['governance/kpis/a.yaml']!.replace('cx-leed', 'cx-lead') }, (root) => {
      const loud = runCli(['lint', '--max-warnings', '0'], root);
      assert.equal(loud.status, 1, 'one warning is more than 0');
      const quiet = runCli(['lint', '--quiet', '--max-warnings', '0'], root);
      assert.equal(quiet.status, 0, quiet.stdout + quiet.stderr);
      assert.doesNotMatch(quiet.stdout, /warning/);
      assert.match(quiet.stdout, /no problems/);
    });
  });
});
