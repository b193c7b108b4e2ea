import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const kpis = lines(
  'kpis:',
  '  - id: aht',
  '    category: efficiency',
  '    baseline: 310',
  '    incentive: true',
  '    status: validated',
  '  - id: upsell',
  '    category: commercial',
  '    incentive: true',
  '  - id: nps',
  '    category: outcome',
  '    baseline: 62',
  '    incentive: true',
  '    status: validated',
  '  - id: cost-per-contact',
  '    category: efficiency',
  '    incentive: false',
  '  - id: revenue-per-contact',
  '    category: commercial',
);

describe('incentive-on-efficiency-or-sales-kpi', () => {
  ruleTable('incentive-on-efficiency-or-sales-kpi', [
    {
      name: 'fires on "incentive" of an efficiency or commercial KPI, whatever its status',
      files: { 'governance/kpis.yaml': kpis },
      expected: ['governance/kpis.yaml:5:16', 'governance/kpis.yaml:9:16'],
    },
    {
      name: 'stays silent on pay tied to a validated outcome or driver KPI, and on efficiency KPIs not tied to pay',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: nps',
          '    category: outcome',
          '    baseline: 62',
          '    incentive: true',
          '    status: validated',
          '  - id: fcr',
          '    category: driver',
          '    incentive: true',
          '  - id: aht',
          '    category: efficiency',
          '    incentive: false',
        ),
      },
      expected: [],
    },
    { name: 'skips malformed data and never throws', files: MALFORMED, expected: [] },
  ]);

  it('says why and what to do', async () => {
    assert.deepEqual(await ruleMessages('incentive-on-efficiency-or-sales-kpi', { 'governance/kpis.yaml': kpis }), [
      'KPI "aht" measures efficiency and is tied to pay or bonus, which pushes staff to hit it at the customer\'s expense. Set "incentive: false" and pay on a customer-outcome KPI instead.',
      'KPI "upsell" measures sales (category: commercial) and is tied to pay or bonus, which pushes staff to sell against the customer\'s interest. Set "incentive: false" and pay on a customer-outcome KPI instead.',
    ]);
  });
});
