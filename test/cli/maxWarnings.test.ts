// `--max-warnings`: a whole number, or -1 for no limit (as ESLint); anything else is a usage error.
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';
import { PROJECT } from './eslintFlagsProject.js';

const WARNINGS_ONLY = { ...PROJECT, 'governance/kpis/a.yaml': PROJECT['governance/kpis/a.yaml']!.replace('cx-leed', 'cx-lead') };

describe('cxgov lint --max-warnings', function () {
  this.timeout(30_000);

  it('-1 means no limit', () => {
    withTempProject(WARNINGS_ONLY, (root) => {
      assert.equal(runCli(['lint', '--max-warnings', '0'], root).status, 1);
      const run = runCli(['lint', '--max-warnings', '-1'], root);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(runCli(['lint', '--max-warnings=-1'], root).status, 0);
    });
  });

  for (const value of ['-2', 'many', '1.5', '', '1e3']) {
    it(`"${value}" is a usage error that says what is expected (exit 2)`, () => {
      withTempProject(WARNINGS_ONLY, (root) => {
        const run = runCli(['lint', `--max-warnings=${value}`], root);
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.match(run.stderr, /^cxgov: --max-warnings takes a whole number \(or -1 for no limit\), not ".*"\.$/m);
        assert.doesNotMatch(run.stderr, /\n\s+at /);
      });
    });
  }
});
