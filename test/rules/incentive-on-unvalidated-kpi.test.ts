import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const kpis = lines(
  'kpis:',
  '  - id: nps',
  '    baseline: 62',
  '    incentive: true',
  '    status: validated',
  '  - id: aht',
  '    baseline: 310',
  '    incentive: true',
  '    status: active',
  '  - id: csat',
  '    incentive: true',
  '    status: validated',
  '  - id: effort',
  '    incentive: true',
  '  - id: fcr',
  '    incentive: false',
  '    status: draft',
  '  - id: odd',
  '    baseline: "about 80"',
  '    incentive: true',
  '    status: validated',
);

describe('incentive-on-unvalidated-kpi', () => {
  ruleTable('incentive-on-unvalidated-kpi', [
    {
      name: 'fires on "incentive" when the KPI is not validated or has no numeric baseline',
      files: { 'governance/kpis.yaml': kpis },
      expected: ['governance/kpis.yaml:8:16', 'governance/kpis.yaml:11:16', 'governance/kpis.yaml:14:16', 'governance/kpis.yaml:20:16'],
    },
    {
      name: 'stays silent on a validated KPI with a baseline (even 0), and on KPIs not tied to pay',
      files: {
        'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    baseline: 0', '    incentive: true', '    status: validated', '  - id: aht', '    status: draft', '    incentive: false'),
      },
      expected: [],
    },
    { name: 'skips an incentive that is not true/false and never throws', files: MALFORMED, expected: [] },
  ]);

  it('says which of the two is missing, and what to do', async () => {
    assert.deepEqual(await ruleMessages('incentive-on-unvalidated-kpi', { 'governance/kpis.yaml': kpis }), [
      'KPI "aht" is tied to pay or bonus, but its status is "active", not "validated". Validate it ("status: validated") before paying on it, or set "incentive: false".',
      'KPI "csat" is tied to pay or bonus, but it has no baseline. Record its "baseline" before paying on it, or set "incentive: false".',
      'KPI "effort" is tied to pay or bonus, but it is not validated (it has no "status") and it has no baseline. Validate it ("status: validated") and record its "baseline" before paying on it, or set "incentive: false".',
      'KPI "odd" is tied to pay or bonus, but it has no baseline. Record its "baseline" before paying on it, or set "incentive: false".',
    ]);
  });
});
