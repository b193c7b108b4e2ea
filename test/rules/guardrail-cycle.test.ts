import assert from 'node:assert/strict';
import { lintFiles } from '../helpers/tempProject.js';
import { lines, MALFORMED, project, ruleMessages, ruleTable } from './ruleCases.js';

const loops = lines(
  'kpis:',
  '  - id: csat',
  '    guardrails:',
  '      - fcr',
  '  - id: fcr',
  '    guardrails:',
  '      - csat',
  '  - id: nps',
  '    guardrails:',
  '      - nps',
  '  - id: aht',
  '    guardrails: [fcr, nps]',
);

/** Only guardrail-cycle runs, so that a 20,000-KPI project measures this rule alone. */
const ONLY_THIS_RULE = lines(
  'name: Big project',
  'rules:',
  ...[
    'yaml-syntax', 'schema', 'duplicate-id', 'unknown-reference', 'kpi-no-owner', 'kpi-no-mission-link', 'standard-no-owner',
    'initiative-no-mission-link', 'pillar-unmeasured', 'efficiency-kpi-without-guardrail', 'incentive-on-unvalidated-kpi',
    'one-way-door-unapproved', 'review-overdue', 'target-without-baseline', 'owner-unused',
  ].map((rule) => `  ${rule}: off`),
);

describe('guardrail-cycle', () => {
  ruleTable('guardrail-cycle', [
    {
      name: 'fires once per loop, on the guardrail entry that closes it, and on a KPI that guards itself',
      files: { 'governance/kpis.yaml': loops },
      expected: ['governance/kpis.yaml:7:9', 'governance/kpis.yaml:10:9'],
    },
    {
      name: 'finds a loop across files',
      files: {
        'governance/a.yaml': lines('kpis:', '  - id: a', '    guardrails: [b]'),
        'governance/b.yaml': lines('kpis:', '  - id: b', '    guardrails: [c]', '  - id: c', '    guardrails: [x, a]'),
      },
      expected: ['governance/b.yaml:5:21'],
    },
    {
      name: 'reports a loop once even when a guardrail is listed twice',
      files: { 'governance/a.yaml': lines('kpis:', '  - id: a', '    guardrails: [b, b]', '  - id: b', '    guardrails: [a, a]') },
      expected: ['governance/a.yaml:5:18'],
    },
    {
      name: 'reports two loops that share a KPI',
      files: { 'governance/a.yaml': lines('kpis:', '  - id: a', '    guardrails: [b]', '  - id: b', '    guardrails: [a, c]', '  - id: c', '    guardrails: [b]') },
      expected: ['governance/a.yaml:5:18', 'governance/a.yaml:7:18'],
    },
    {
      name: 'stays silent on a diamond and on chains (guardrails that meet but never loop)',
      files: {
        'governance/a.yaml': lines(
          'kpis:',
          '  - id: aht',
          '    guardrails: [fcr, csat]',
          '  - id: fcr',
          '    guardrails: [nps]',
          '  - id: csat',
          '    guardrails: [nps]',
          '  - id: nps',
          '  - id: transfers',
          '    guardrails: [aht, unknown-kpi]',
        ),
      },
      expected: [],
    },
    { name: 'never throws on malformed data', files: MALFORMED, expected: [] },
  ]);

  it('names the KPIs of the loop, and what to remove', async () => {
    assert.deepEqual(await ruleMessages('guardrail-cycle', { 'governance/kpis.yaml': loops }), [
      'These 2 KPIs guard each other in a loop: "csat" → "fcr" → "csat". A guardrail must be an independent check: remove "csat" from the guardrails of "fcr", or break the loop elsewhere.',
      'KPI "nps" lists itself in "guardrails". A KPI cannot guard itself: remove it and name a customer-outcome KPI to watch beside it instead.',
    ]);
  });

  it('finds a 20,000-KPI loop in linear time, without overflowing the stack, and keeps the message short', async function () {
    this.timeout(60_000);
    const count = 20_000;
    const kpis = ['kpis:'];
    for (let i = 0; i < count; i++) kpis.push(`  - id: k${i}`, `    guardrails: [k${(i + 1) % count}]`);
    const started = Date.now();
    const problems = await lintFiles(project({ 'cxgov.yaml': ONLY_THIS_RULE, 'governance/kpis.yaml': lines(...kpis) }));
    const hits = problems.filter((problem) => problem.rule === 'guardrail-cycle');
    assert.deepEqual(
      hits.map((hit) => `${hit.line}:${hit.column}`),
      [`${2 * count + 1}:18`],
    );
    assert.match(hits[0]!.message, /^These 20000 KPIs guard each other in a loop: "k0" → "k1" → .* → "k6" → … \(19991 more\) → "k19998" → "k19999" → "k0"\./);
    assert.ok(Date.now() - started < 30_000);
  });
});
