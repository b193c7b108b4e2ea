import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const kpis = lines(
  'kpis:',
  '  - id: aht',
  '    direction: decrease',
  '    baseline: 1.4',
  '    target:',
  '      value: 1.7',
  '  - id: nps',
  '    direction: increase',
  '    baseline: 62',
  '    target: {value: 55, by: 2027-12-31}',
);

describe('target-against-direction', () => {
  ruleTable('target-against-direction', [
    {
      name: 'fires on "target.value" when it moves away from the baseline, against the direction',
      files: { 'governance/kpis.yaml': kpis },
      expected: ['governance/kpis.yaml:6:14', 'governance/kpis.yaml:10:21'],
    },
    {
      name: 'stays silent on a target that moves the right way or holds the baseline, and without direction, baseline or target value',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: aht',
          '    direction: decrease',
          '    baseline: 310',
          '    target: {value: 240}',
          '  - id: nps',
          '    direction: increase',
          '    baseline: 62',
          '    target: {value: 70}',
          '  - id: csat',
          '    direction: increase',
          '    baseline: 80',
          '    target: {value: 80}',
          '  - id: effort',
          '    baseline: 5',
          '    target: {value: 3}',
          '  - id: fcr',
          '    direction: increase',
          '    target: {value: 3}',
          '  - id: repeat',
          '    direction: increase',
          '    baseline: 40',
          '    target: {by: 2027-12-31}',
          '  - id: odd',
          '    direction: decrease',
          '    baseline: "about 8"',
          '    target: {value: 9}',
        ),
      },
      expected: [],
    },
    { name: 'skips malformed data and never throws', files: MALFORMED, expected: [] },
  ]);

  it('says which way the target moves and what to do', async () => {
    assert.deepEqual(await ruleMessages('target-against-direction', { 'governance/kpis.yaml': kpis }), [
      'KPI "aht" is better when lower, but its target (1.7) is above its baseline (1.4), so meeting the target makes things worse for customers. Fix the target value, or the "direction" if it is the one that is wrong.',
      'KPI "nps" is better when higher, but its target (55) is below its baseline (62), so meeting the target makes things worse for customers. Fix the target value, or the "direction" if it is the one that is wrong.',
    ]);
  });
});
