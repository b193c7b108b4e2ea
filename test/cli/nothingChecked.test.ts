// Nothing checked is never success: a run that found no source to check exits 2 and says what it
// looked for and where; a clean run says what it checked, so a green CI log shows it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { tempProject, type ProjectFiles } from '../helpers/tempProject.js';

const KPI = 'kpis:\n  - id: nps\n    name: NPS\n';

function inProject(files: ProjectFiles, body: (root: string) => void): void {
  const { root, cleanup } = tempProject(files);
  try {
    body(root);
  } finally {
    cleanup();
  }
}

describe('cli: nothing checked is never success', function () {
  this.timeout(30_000);

  it('sources that match no file: exit 2, naming the globs and the folder', () => {
    inProject({ 'cxgov.yaml': 'name: x\nsources:\n  include: ["nowhere/**/*.yaml"]\n', 'governance/kpis.yaml': KPI }, (root) => {
      const run = runCli(['lint'], root);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /nowhere\/\*\*\/\*\.yaml/);
      assert.match(run.stderr, /no (source|file)/i);
    });
  });

  it('an empty folder with no cxgov.yaml: exit 2', () => {
    inProject({}, (root) => {
      const run = runCli(['lint'], root);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /cxgov\.yaml/);
    });
  });

  it('a folder argument with YAML but no cxgov.yaml is not skipped in silence: exit 2, saying why', () => {
    inProject({ 'loose/kpis.yaml': KPI }, (root) => {
      const run = runCli(['lint', 'loose'], root);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /loose/);
      assert.match(run.stderr, /cxgov init|name the files/);
    });
  });

  it('a handbook of a project with no sources is refused, and nothing is written', () => {
    inProject({ 'cxgov.yaml': 'name: x\nsources:\n  include: ["nowhere/**/*.yaml"]\n' }, (root) => {
      const run = runCli(['handbook'], root);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.ok(!existsSync(join(root, 'handbook')), 'no handbook folder');
    });
  });

  it('a clean stylish run says in one line how many sources it checked', () => {
    inProject({ 'cxgov.yaml': 'name: x\nrules:\n  pillar-unmeasured: off\n  kpi-no-owner: off\n  kpi-no-mission-link: off\n', 'governance/kpis.yaml': KPI }, (root) => {
      const run = runCli(['lint'], root);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^1 source checked, no problems/m);
    });
  });
});
