// `--stdin --stdin-filename PATH`: the text on standard input is linted as that file of its project
// (an editor buffer, a pre-commit hook's staged text): references resolve against the rest of the
// project on disk, and only that file's problems are reported, as ESLint does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';
import { hits, KPIS_A, PROJECT, type JsonOutput } from './eslintFlagsProject.js';

const STDIN_KPIS = `kpis:
  - id: fcr
    name: First contact resolution
    owner: cx-lead
    supports: [hapy]
`;

describe('cxgov lint --stdin', function () {
  this.timeout(30_000);

  it('lints standard input as the named file, against the rest of the project, reporting only that file', () => {
    withTempProject(PROJECT, (root) => {
      const run = runCli(['lint', '--stdin', '--stdin-filename', 'governance/kpis/a.yaml', '--format', 'json'], root, {}, STDIN_KPIS);
      assert.equal(run.status, 1, run.stderr);
      const output = JSON.parse(run.stdout) as JsonOutput;
      // cx-lead is known from owners.yaml; the disk's a.yaml (with cx-leed) is not what is checked.
      assert.deepEqual(hits(output), ['unknown-reference governance/kpis/a.yaml:5']);
      assert.match(output.problems[0]!.message, /"hapy"\. Did you mean "happy"\?/);
      assert.equal(readFileSync(join(root, 'governance/kpis/a.yaml'), 'utf8'), KPIS_A, 'nothing written');
    });
  });

  it('lints a file that is not yet on disk, found in its project from a subfolder', () => {
    withTempProject(PROJECT, (root) => {
      const run = runCli(['lint', '--stdin', '--stdin-filename', 'kpis/new.yaml'], join(root, 'governance'), {}, STDIN_KPIS.replace('hapy', 'happy'));
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^1 source checked, no problems/m);
    });
  });

  it('without --stdin-filename is a usage error (exit 2)', () => {
    withTempProject(PROJECT, (root) => {
      const run = runCli(['lint', '--stdin'], root, {}, STDIN_KPIS);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /--stdin needs --stdin-filename/);
    });
  });

  it('refuses --fix (nothing to write to) and paths, pointing to what works (exit 2)', () => {
    withTempProject(PROJECT, (root) => {
      const fix = runCli(['lint', '--stdin', '--stdin-filename', 'governance/kpis/a.yaml', '--fix'], root, {}, STDIN_KPIS);
      assert.equal(fix.status, 2, fix.stdout + fix.stderr);
      assert.match(fix.stderr, /--fix-dry-run/);
      const paths = runCli(['lint', '--stdin', '--stdin-filename', 'governance/kpis/a.yaml', 'governance'], root, {}, STDIN_KPIS);
      assert.equal(paths.status, 2, paths.stdout + paths.stderr);
      assert.equal(readFileSync(join(root, 'governance/kpis/a.yaml'), 'utf8'), KPIS_A);
    });
  });

  it('--stdin-filename alone is a usage error (exit 2)', () => {
    withTempProject(PROJECT, (root) => {
      const run = runCli(['lint', '--stdin-filename', 'governance/kpis/a.yaml'], root);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /--stdin-filename .*--stdin/);
    });
  });
});
