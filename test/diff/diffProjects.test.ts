import { strict as assert } from 'node:assert';
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { diffRevisions } from 'cxgov';
import { runCli } from '../helpers/runCli.js';
import { GitRepository } from './gitRepository.js';
import { changeLine, diffJson, TODAY } from './runDiff.js';

const owners = (...names: string[]) => `owners:\n${names.map((id) => `  - id: ${id}\n    name: ${id}\n    type: person\n    customers: [Everyone]\n`).join('')}`;
const KPI = 'kpis:\n  - id: nps\n    name: NPS\n    owner: lead\n    category: outcome\n    unit: points\n    direction: increase\n    status: active\n';

describe('cxgov diff: projects in subfolders, several in one repository', () => {
  let repository: GitRepository;
  before(() => {
    repository = new GitRepository();
    repository.commit('base', {
      'teams/sales/cxgov.yaml': 'name: Sales\n',
      'teams/sales/governance/owners.yaml': owners('lead'),
      'teams/support/cxgov.yaml': 'name: Support\n',
      'teams/support/governance/owners.yaml': owners('lead'),
      // Not a source of either project (outside governance/): never read.
      'teams/support/ci.yaml': 'jobs: {}\n',
    });
    repository.commit('change', {
      'teams/sales/governance/owners.yaml': owners('lead', 'seller'),
      'teams/support/governance/owners.yaml': owners('lead', 'agent'),
    });
  });
  after(() => repository.cleanup());

  it('compares every project of the repository from its top, each change saying its project', () => {
    const { report } = diffJson(repository, ['HEAD~1', 'HEAD']);
    assert.deepEqual(report.projects, ['teams/sales', 'teams/support']);
    assert.deepEqual(
      report.changes.map((change) => `${change.project} ${change.file} ${changeLine(change)}`),
      ['teams/sales teams/sales/governance/owners.yaml notable added owner seller', 'teams/support teams/support/governance/owners.yaml notable added owner agent'],
    );
  });

  it('compares the project around the folder it runs in, as cxgov lint does', () => {
    const { report } = diffJson(repository, ['HEAD~1', 'HEAD'], join(repository.root, 'teams/support/governance'));
    assert.deepEqual(report.projects, ['teams/support']);
    assert.deepEqual(report.changes.map(changeLine), ['notable added owner agent']);
  });

  it('finds the project around a folder named through a symbolic link (library call)', async () => {
    const link = `${repository.root}-link`;
    symlinkSync(repository.root, link);
    try {
      const { report } = await diffRevisions({ cwd: join(link, 'teams/support'), base: 'HEAD~1', head: 'HEAD', today: TODAY });
      assert.deepEqual(report?.projects, ['teams/support']);
    } finally {
      rmSync(link);
    }
  });

  it('compares only the project named with --project', () => {
    const { report } = diffJson(repository, ['HEAD~1', 'HEAD', '--project', 'teams/sales']);
    assert.deepEqual(report.changes.map(changeLine), ['notable added owner seller']);
  });

  it('says when --project names a folder with no project at either side (exit 2)', () => {
    const run = runCli(['diff', 'HEAD~1', 'HEAD', '--project', 'teams/nowhere'], repository.root);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cxgov: no project at teams\/nowhere: neither HEAD~1 nor HEAD has a cxgov\.yaml in that folder\./);
  });
});

describe('cxgov diff: a project that did not exist yet, and a cxgov.yaml that changes', () => {
  it('reports everything as added, and every problem of HEAD as introduced, when BASE had no project', () => {
    const repository = new GitRepository();
    try {
      repository.commit('empty', { 'README.md': '# Nothing yet\n' });
      repository.commit('project', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': owners('lead'), 'governance/kpis.yaml': KPI });
      const { report } = diffJson(repository, ['HEAD~1', 'HEAD']);
      assert.deepEqual(report.changes.map(changeLine), ['notable added kpi nps', 'notable added owner lead']);
      assert.deepEqual(report.problems.introduced.map((problem) => problem.rule), ['kpi-no-mission-link']);
      assert.equal(report.problems.fixed.length + report.problems.unchanged, 0);
    } finally {
      repository.cleanup();
    }
  });

  it('reports everything as removed, and every problem of BASE as fixed, when HEAD no longer has the project', () => {
    const repository = new GitRepository();
    try {
      repository.commit('project', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': owners('lead'), 'governance/kpis.yaml': KPI });
      repository.commit('gone', { 'cxgov.yaml': null, 'governance/owners.yaml': null, 'governance/kpis.yaml': null, 'README.md': '# Moved\n' });
      const { report } = diffJson(repository, ['HEAD~1', 'HEAD']);
      assert.deepEqual(report.changes.map(changeLine), ['notable removed kpi nps', 'notable removed owner lead']);
      assert.deepEqual(report.problems.fixed.map((problem) => problem.rule), ['kpi-no-mission-link']);
    } finally {
      repository.cleanup();
    }
  });

  it('reads each side with its own cxgov.yaml: sources and rule settings', () => {
    const repository = new GitRepository();
    try {
      repository.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': owners('lead'), 'more/kpis.yaml': KPI });
      repository.commit('settings', { 'cxgov.yaml': 'name: x\nsources:\n  include: ["governance/**/*.yaml", "more/*.yaml"]\nrules:\n  owner-unused: off\n' });
      const { report } = diffJson(repository, ['HEAD~1', 'HEAD']);
      assert.deepEqual(report.changes.map(changeLine), ['notable added kpi nps']);
      assert.deepEqual(report.problems.fixed.map((problem) => problem.rule), ['owner-unused']);
      assert.deepEqual(report.problems.introduced.map((problem) => problem.rule), ['kpi-no-mission-link']);
    } finally {
      repository.cleanup();
    }
  });

  it('reads the default sources at the top of a repository that has no cxgov.yaml at either side', () => {
    const repository = new GitRepository();
    try {
      repository.commit('base', { 'governance/owners.yaml': owners('lead') });
      repository.commit('change', { 'governance/owners.yaml': owners('lead', 'second') });
      const run = runCli(['diff', 'HEAD~1', 'HEAD', '--today', TODAY], repository.root);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /\*\*owner `second`\*\*: added/);
    } finally {
      repository.cleanup();
    }
  });
});
