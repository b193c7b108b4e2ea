import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

describe('efficiency-kpi-without-guardrail', () => {
  ruleTable('efficiency-kpi-without-guardrail', [
    {
      name: 'fires on the id of an efficiency KPI with no guardrails or an empty list',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: average-handle-time',
          '    category: efficiency',
          '  - id: calls-per-hour',
          '    category: efficiency',
          '    guardrails: [first-contact-resolution]',
          '  - id: first-contact-resolution',
          '    category: outcome',
          '  - id: transfer-rate',
          '    category: efficiency',
          '    guardrails: []',
        ),
      },
      expected: ['governance/kpis.yaml:2:9', 'governance/kpis.yaml:9:9'],
    },
    {
      name: 'stays silent on outcome and driver KPIs without guardrails, and on guarded efficiency KPIs',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: nps',
          '    category: outcome',
          '  - id: on-time-delivery',
          '    category: driver',
          '  - id: average-handle-time',
          '    category: efficiency',
          '    guardrails:',
          '      - nps',
        ),
      },
      expected: [],
    },
    {
      name: 'fires on the guardrails when none of them is a customer-outcome KPI',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: average-handle-time',
          '    category: efficiency',
          '    guardrails: [calls-per-hour]',
          '  - id: calls-per-hour',
          '    category: efficiency',
          '    guardrails: [nps, no-such-kpi]',
          '  - id: nps',
          '    category: outcome',
          '  - id: transfer-rate',
          '    category: efficiency',
          '    guardrails: [no-such-kpi]',
        ),
      },
      expected: ['governance/kpis.yaml:4:17'],
    },
    { name: 'skips a category of the wrong type and never throws', files: MALFORMED, expected: [] },
  ]);

  it('explains the risk to the customer', async () => {
    const [message] = await ruleMessages('efficiency-kpi-without-guardrail', { 'governance/kpis.yaml': lines('kpis:', '  - id: aht', '    category: efficiency') });
    assert.match(message!, /^KPI "aht" measures efficiency but has no guardrails, so it can be hit at the customer's expense\. Add "guardrails:"/);
  });
});
