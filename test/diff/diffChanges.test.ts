import { strict as assert } from 'node:assert';
import type { DiffReport } from 'cxgov';
import { GitRepository } from './gitRepository.js';
import { changeLine, commitScenario, diffJson } from './runDiff.js';

describe('cxgov diff: the semantic changes between two commits (JSON)', () => {
  let repository: GitRepository;
  let report: DiffReport;
  before(() => {
    repository = new GitRepository();
    commitScenario(repository);
    ({ report } = diffJson(repository, ['main', 'change']));
  });
  after(() => repository.cleanup());

  const change = (id: string) => report.changes.find((candidate) => candidate.id === id)!;

  it('names both sides by the revision given and the commit it resolved to', () => {
    assert.equal(report.base.revision, 'main');
    assert.equal(report.base.commit, repository.git('rev-parse', 'main'));
    assert.equal(report.head.revision, 'change');
    assert.equal(report.head.commit, repository.git('rev-parse', 'change'));
    assert.deepEqual(report.projects, ['.']);
  });

  it('lists every change once, the most customer-relevant first', () => {
    assert.deepEqual(report.changes.map(changeLine), [
      'critical added initiative close-branches',
      'critical changed kpi customer-satisfaction',
      'critical changed kpi average-handle-time',
      'critical changed kpi wait-time',
      'critical removed pillar personal',
      'critical removed value own-it',
      'notable changed initiative callback-promise',
      'notable changed kpi first-contact-resolution',
      'notable renamed kpi repeat-contacts (was repeat-contact-rate)',
      'notable added kpi callback-rate',
      'wording changed value be-kind',
    ]);
  });

  it('reports a new id with the same content as a rename, not as an addition and a removal', () => {
    const renamed = change('repeat-contacts');
    assert.equal(renamed.previousId, 'repeat-contact-rate');
    assert.deepEqual(renamed.fields, []);
    assert.equal(report.changes.filter((candidate) => candidate.id === 'repeat-contact-rate').length, 0);
  });

  it('gives field changes with before and after, nested fields as dotted paths', () => {
    assert.deepEqual(change('customer-satisfaction').fields, [{ field: 'target.value', change: 'changed', before: 80, after: 75 }]);
    assert.deepEqual(change('first-contact-resolution').fields, [
      { field: 'owner', change: 'changed', before: 'support-team', after: 'support-lead' },
      { field: 'status', change: 'changed', before: 'active', after: 'retired' },
    ]);
    assert.deepEqual(change('wait-time').fields, [{ field: 'owner', change: 'removed', before: 'support-lead' }]);
  });

  it('says which items of a list came and went, and a field that is added', () => {
    assert.deepEqual(change('average-handle-time').fields, [
      { field: 'guardrails', change: 'changed', before: ['customer-satisfaction', 'first-contact-resolution'], after: ['customer-satisfaction'], itemsAdded: [], itemsRemoved: ['first-contact-resolution'] },
      { field: 'incentive', change: 'added', after: true },
    ]);
  });

  it('gives the reasons of a critical change in plain words', () => {
    assert.deepEqual(change('close-branches').reasons, ['a one-way door is added', 'a one-way door is approved by its own owner']);
    assert.deepEqual(change('customer-satisfaction').reasons, ['an outcome target is lowered']);
    assert.deepEqual(change('average-handle-time').reasons, ['an incentive is tied to an efficiency KPI', 'guardrail removed: first-contact-resolution']);
    assert.deepEqual(change('wait-time').reasons, ['the KPI loses its owner']);
    assert.deepEqual(change('personal').reasons, ['a mission pillar is removed']);
    assert.deepEqual(change('own-it').reasons, ['a value is removed']);
  });

  it('places a change in HEAD, and a removal in BASE, with its section, id and name', () => {
    const { section, name, file, line, column } = change('customer-satisfaction');
    assert.deepEqual({ section, name, file, line, column }, { section: 'kpis', name: 'Customer satisfaction', file: 'governance/kpis.yaml', line: 2, column: 5 });
    const removed = change('own-it');
    assert.deepEqual([removed.section, removed.name, removed.file, removed.line], ['values', 'Own it', 'governance/values.yaml', 2]);
    const pillar = change('personal');
    assert.deepEqual([pillar.section, pillar.file, pillar.line], ['mission', 'governance/mission.yaml', 8]);
  });
});
