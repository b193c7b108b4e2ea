// File and glob arguments: the project the files belong to is checked (cross-file references
// resolve against all of it) but only the named files are reported, as ESLint lints only what it
// is given. A glob that matches nothing is exit 2, as a run over nothing is never a success.
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';
import { hits, PROJECT, type JsonOutput } from './eslintFlagsProject.js';

/** b.yaml with a mistake of its own, so that a report of the whole project would show it. */
const FILES = {
  ...PROJECT,
  'governance/kpis/b.yaml': PROJECT['governance/kpis/b.yaml']!.replace('supports: [happy]', 'supports: [hapy]'),
  'governance/kpis/README.md': '# KPIs\n\nNot YAML: [',
};

function lintJson(root: string, args: string[]): { status: number | null; output: JsonOutput; stderr: string } {
  const run = runCli(['lint', '--format', 'json', ...args], root);
  return { status: run.status, output: run.stdout ? (JSON.parse(run.stdout) as JsonOutput) : { problems: [] }, stderr: run.stderr };
}

describe('cxgov lint FILES and GLOBS', function () {
  this.timeout(30_000);

  it('a file: only its problems, with references resolved against the whole project', () => {
    withTempProject(FILES, (root) => {
      const run = lintJson(root, ['governance/kpis/a.yaml']);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(hits(run.output), ['unknown-reference governance/kpis/a.yaml:4', 'kpi-no-mission-link governance/kpis/a.yaml:6']);
    });
  });

  it('a glob: the sources it matches (not the Markdown beside them), and only those', () => {
    withTempProject(FILES, (root) => {
      const run = lintJson(root, ['governance/kpis/*']);
      assert.equal(run.status, 1, run.stderr);
      assert.deepEqual(hits(run.output), [
        'unknown-reference governance/kpis/a.yaml:4',
        'kpi-no-mission-link governance/kpis/a.yaml:6',
        'unknown-reference governance/kpis/b.yaml:5',
      ]);
      const one = lintJson(root, ['governance/kpis/b.y?ml']);
      assert.deepEqual(hits(one.output), ['unknown-reference governance/kpis/b.yaml:5']);
    });
  });

  it('a glob from a subfolder of the project, with ** and braces', () => {
    withTempProject(FILES, (root) => {
      const run = runCli(['lint', '--format', 'json', 'kpis/**/{b,c}.yaml'], `${root}/governance`);
      assert.deepEqual(hits(JSON.parse(run.stdout) as JsonOutput), ['unknown-reference kpis/b.yaml:5']);
    });
  });

  it('a glob that matches nothing: exit 2, "No files matching"', () => {
    withTempProject(FILES, (root) => {
      const run = runCli(['lint', 'governance/teams/*.yaml'], root);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /No files matching the pattern "governance\/teams\/\*\.yaml"/);
      assert.equal(run.stdout, '');
    });
  });

  it('a glob that matches only files that are not sources: exit 2, saying so', () => {
    withTempProject(FILES, (root) => {
      const run = runCli(['lint', 'governance/**/*.md'], root);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /"governance\/\*\*\/\*\.md" matches no source/);
    });
  });
});
