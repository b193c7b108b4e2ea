import assert from 'node:assert/strict';
import { allHits, lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const kpis = lines(
  'kpis:',
  '  - id: average-handle-time',
  '    category: efficiency',
  '    guardrails:',
  '      - old-csat',
  '      - nps',
  '      - effort',
  '  - id: calls-per-hour',
  '    category: efficiency',
  '    guardrails: [effort]',
  '  - id: old-csat',
  '    category: outcome',
  '    status: retired',
  '  - id: nps',
  '    category: outcome',
  '    status: validated',
  '  - id: effort',
  '    category: outcome',
  '    status: draft',
);

describe('guardrail-not-active', () => {
  ruleTable('guardrail-not-active', [
    {
      name: 'fires on each guardrail that names a retired or draft KPI',
      files: { 'governance/kpis.yaml': kpis },
      expected: ['governance/kpis.yaml:5:9', 'governance/kpis.yaml:7:9', 'governance/kpis.yaml:10:18'],
    },
    {
      name: 'fires across files, where the guardrail is defined elsewhere',
      files: {
        'governance/a.yaml': lines('kpis:', '  - id: aht', '    category: efficiency', '    guardrails: [fcr]'),
        'governance/b.yaml': lines('kpis:', '  - id: fcr', '    category: outcome', '    status: retired'),
      },
      expected: ['governance/a.yaml:4:18'],
    },
    {
      name: 'stays silent on active, validated or status-less guardrails, and leaves unknown ids to unknown-reference',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: aht',
          '    guardrails: [nps, fcr, effort, no-such-kpi]',
          '  - id: nps',
          '    status: active',
          '  - id: fcr',
          '    status: validated',
          '  - id: effort',
        ),
      },
      expected: [],
    },
    { name: 'skips malformed data and never throws', files: MALFORMED, expected: [] },
  ]);

  it('says the KPI it guards is unguarded in effect, and what to do', async () => {
    assert.deepEqual(await ruleMessages('guardrail-not-active', { 'governance/kpis.yaml': kpis }), [
      'KPI "average-handle-time" is guarded by "old-csat", but that KPI is retired, so nobody watches it and it protects no customer. Name an active customer-outcome KPI in "guardrails:" instead, or bring "old-csat" back into use.',
      'KPI "average-handle-time" is guarded by "effort", but that KPI is still a draft, so nobody watches it and it protects no customer. Name an active customer-outcome KPI in "guardrails:" instead, or bring "effort" into use.',
      'KPI "calls-per-hour" is guarded by "effort", but that KPI is still a draft, so nobody watches it and it protects no customer. Name an active customer-outcome KPI in "guardrails:" instead, or bring "effort" into use.',
    ]);
  });

  it('is the one rule that reports an efficiency KPI guarded only by an inactive KPI (efficiency-kpi-without-guardrail counts it as listed)', async () => {
    const files = {
      'governance/kpis.yaml': lines(
        'kpis:',
        '  - id: aht',
        '    category: efficiency',
        '    guardrails: [fcr]',
        '  - id: fcr',
        '    category: outcome',
        '    status: retired',
      ),
    };
    const hits = await allHits(files);
    assert.deepEqual(hits.filter((hit) => hit.includes('guardrail')), ['guardrail-not-active governance/kpis.yaml:4:18']);
  });
});
