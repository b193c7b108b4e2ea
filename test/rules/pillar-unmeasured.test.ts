import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const mission = lines(
  'mission:',
  '  statement: Deliver WOW through service.',
  '  pillars:',
  '    - id: wow-service',
  '      name: WOW service',
  '    - id: happy-staff',
  '      name: Happy staff',
  '    - id: fast-delivery',
  '      name: Fast delivery',
  '    - id: honest-advice',
  '      name: Honest advice',
  '    - id: come-back',
  '      name: Customers come back',
  '    - id: orphan',
  '      name: Nobody measures this',
);

const kpis = lines(
  'kpis:',
  '  - id: nps',
  '    supports: [wow-service]',
  '    status: active',
  '  - id: staff-pulse',
  '    supports: [happy-staff]',
  '    status: draft',
  '  - id: on-time-delivery',
  '    supports: [fast-delivery]',
  '  - id: old-csat',
  '    supports: [honest-advice]',
  '    status: retired',
  '  - id: repeat-rate',
  '    supports: [come-back]',
  '    status: validated',
  'standards:',
  '  - id: honest-answers',
  '    supports: [honest-advice, orphan]',
  'initiatives:',
  '  - id: advice-training',
  '    supports: [orphan]',
);

describe('pillar-unmeasured', () => {
  ruleTable('pillar-unmeasured', [
    {
      name: 'fires on the id of a pillar supported only by draft or retired KPIs, or only by standards and initiatives',
      files: { 'governance/mission.yaml': mission, 'governance/kpis.yaml': kpis },
      expected: ['governance/mission.yaml:6:11', 'governance/mission.yaml:10:11', 'governance/mission.yaml:14:11'],
    },
    {
      name: 'stays silent when each pillar has an active, validated or status-less KPI (in another file)',
      files: {
        'governance/mission.yaml': lines('mission:', '  statement: S', '  pillars:', '    - id: a', '    - id: b', '    - id: c'),
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: k1',
          '    supports: [a, b]',
          '    status: draft',
          '  - id: k2',
          '    supports: [a]',
          '    status: active',
          '  - id: k3',
          '    supports: [b]',
          '    status: validated',
          '  - id: k4',
          '    supports: [c]',
        ),
      },
      expected: [],
    },
    {
      name: 'counts a KPI whose status is not an allowed value as active (the schema rule reports the status)',
      files: { 'governance/a.yaml': lines('mission:', '  pillars:', '    - id: a', 'kpis:', '  - id: k', '    supports: [a]', '    status: actve') },
      expected: [],
    },
    { name: 'never throws on malformed data', files: MALFORMED, expected: [] },
  ]);

  it('names the draft or retired KPIs that do support the pillar', async () => {
    const messages = await ruleMessages('pillar-unmeasured', { 'governance/mission.yaml': mission, 'governance/kpis.yaml': kpis });
    assert.deepEqual(messages, [
      'Pillar "happy-staff" is not measured by any active KPI. Only draft or retired KPIs support it: "staff-pulse" (draft). Add "happy-staff" to "supports:" of an active or validated KPI that shows whether you keep this part of the promise.',
      'Pillar "honest-advice" is not measured by any active KPI. Only draft or retired KPIs support it: "old-csat" (retired). Add "honest-advice" to "supports:" of an active or validated KPI that shows whether you keep this part of the promise.',
      'Pillar "orphan" is not measured by any active KPI. Add "orphan" to "supports:" of an active or validated KPI that shows whether you keep this part of the promise.',
    ]);
  });
});
