import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const kpis = lines(
  'kpis:',
  '  - id: return-rate',
  '    target:',
  '      value: 5',
  '      by: 2026-06-30',
  '    status: active',
  '  - id: nps',
  '    target: {value: 70, by: 2026-11-22}',
  '    status: draft',
  '  - id: csat',
  '    target: {value: 80, by: 2026-11-23}',
  '  - id: effort',
  '    target: {value: 3, by: 2027-12-31}',
  '    status: active',
  '  - id: old-aht',
  '    target: {value: 240, by: 2024-12-31}',
  '    status: retired',
);

describe('target-date-passed', () => {
  ruleTable('target-date-passed', [
    {
      name: 'fires on "target.by" before today on a KPI that is not retired (not on the date itself)',
      files: { 'governance/kpis.yaml': kpis },
      expected: ['governance/kpis.yaml:5:11', 'governance/kpis.yaml:8:29'],
    },
    {
      name: 'judges by the given today',
      files: { 'governance/kpis.yaml': kpis },
      today: '2026-06-30',
      expected: [],
    },
    {
      name: 'skips targets with no date or an invalid one (the schema rule reports it)',
      files: {
        'governance/kpis.yaml': lines('kpis:', '  - id: a', '    target: {value: 5}', '  - id: b', '    target: {value: 5, by: 2020-02-30}', '  - id: c', '    target: {value: 5, by: soon}'),
      },
      expected: [],
    },
    { name: 'skips malformed data and never throws', files: MALFORMED, expected: [] },
  ]);

  it('asks whether the target was met or missed', async () => {
    const [message] = await ruleMessages('target-date-passed', { 'governance/kpis.yaml': kpis });
    assert.equal(
      message,
      'The target of KPI "return-rate" (5 by 2026-06-30) has passed its date. Say whether it was met or missed: record where the number stands in "baseline" and set a new "target", or retire the KPI ("status: retired").',
    );
  });
});
