// A committed handbook goes stale when its sources change, not when the calendar moves: the pages
// print due dates, never an overdue state or an exception's expiry judged from today, so that
// `cxgov handbook --check` answers the same on any day for unchanged sources and settings.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { tempProject } from '../helpers/tempProject.js';

const PROJECT = {
  'cxgov.yaml': [
    'name: any-day',
    'exceptions:',
    '  - rule: kpi-no-owner',
    '    entity: kpis/csat',
    '    reason: Owner being hired.',
    '    expires: 2026-06-01',
    '',
  ].join('\n'),
  'governance/kpis.yaml': [
    'mission:',
    '  statement: Happy customers.',
    '  owner: lead',
    '  pillars:',
    '    - id: calm',
    '      name: Calm',
    'owners:',
    '  - id: lead',
    '    name: Lead',
    '    type: person',
    '    customers: [Every customer]',
    'kpis:',
    '  - id: nps',
    '    name: NPS',
    '    owner: lead',
    '    supports: [calm]',
    '    review:',
    '      every: yearly',
    '      last: 2025-06-01',
    '  - id: csat',
    '    name: CSAT',
    '    supports: [calm]',
    '',
  ].join('\n'),
};

describe('cxgov handbook --check on any day', () => {
  it('passes on a later day, after a review fell due and an exception expired; fails when a source changes', () => {
    const { root, cleanup } = tempProject(PROJECT);
    try {
      const written = runCli(['handbook', '--today', '2026-05-31'], root);
      assert.equal(written.status, 0, written.stderr);
      const kpis = readFileSync(join(root, 'handbook/kpis.md'), 'utf8');
      assert.match(kpis, /due 2026-06-01/);
      assert.doesNotMatch(kpis, /overdue/i);

      const later = runCli(['handbook', '--check', '--today', '2026-06-02'], root);
      assert.equal(later.status, 0, later.stdout + later.stderr);
      assert.match(later.stdout, /up to date/);
      // And on the real clock, whatever today is.
      assert.equal(runCli(['handbook', '--check'], root).status, 0);

      const source = join(root, 'governance/kpis.yaml');
      writeFileSync(source, readFileSync(source, 'utf8').replace('name: CSAT', 'name: Customer satisfaction'));
      const changed = runCli(['handbook', '--check', '--today', '2026-06-02'], root);
      assert.equal(changed.status, 1, changed.stdout + changed.stderr);
      assert.match(changed.stdout, /out of date:\n(  .*\n)*  kpis\.md \(changed\)/);
    } finally {
      cleanup();
    }
  });

  it('leaves the overdue state to cxgov lint', () => {
    const { root, cleanup } = tempProject(PROJECT);
    try {
      const run = runCli(['lint', '--format', 'json', '--today', '2026-06-02'], root);
      const rules = (JSON.parse(run.stdout) as { problems: { rule: string }[] }).problems.map((problem) => problem.rule);
      assert.deepEqual(rules, ['expired-exception', 'review-overdue', 'kpi-no-owner']);
    } finally {
      cleanup();
    }
  });
});
