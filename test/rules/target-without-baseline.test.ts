import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

describe('target-without-baseline', () => {
  ruleTable('target-without-baseline', [
    {
      name: 'fires on the "target" key of a KPI with a target and no baseline',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: first-contact-resolution',
          '    target:',
          '      value: 85',
          '      by: 2027-06-30',
          '  - id: nps',
          '    baseline: 62',
          '    target:',
          '      value: 70',
          '  - id: csat',
          '    baseline:',
          '    target: {value: 5}',
        ),
      },
      expected: ['governance/kpis.yaml:3:5', 'governance/kpis.yaml:12:5'],
    },
    {
      name: 'stays silent with a baseline (even 0) or without a target',
      files: { 'governance/kpis.yaml': lines('kpis:', '  - id: a', '    baseline: 0', '    target: {value: 5}', '  - id: b', '    baseline: 300') },
      expected: [],
    },
    { name: 'counts a baseline of the wrong type as present (the schema rule reports it) and never throws', files: MALFORMED, expected: [] },
  ]);

  it('asks for the baseline', async () => {
    const [message] = await ruleMessages('target-without-baseline', { 'governance/kpis.yaml': lines('kpis:', '  - id: fcr', '    target: {value: 85}') });
    assert.match(message!, /^KPI "fcr" has a target but no baseline.* Add "baseline:"/);
  });
});
