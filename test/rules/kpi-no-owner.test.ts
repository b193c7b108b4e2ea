import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

describe('kpi-no-owner', () => {
  ruleTable('kpi-no-owner', [
    {
      name: 'fires on the id of a KPI with a missing, empty or blank owner',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: nps',
          '    owner: cx-lead',
          '  - id: repeat-rate',
          '    name: Repeat purchase rate',
          '  - id: fcr',
          '    owner:',
          '  - id: aht',
          '    owner: "  "',
        ),
      },
      expected: ['governance/kpis.yaml:4:9', 'governance/kpis.yaml:6:9', 'governance/kpis.yaml:8:9'],
    },
    {
      name: 'stays silent when every KPI has an owner, even one defined in another file',
      files: {
        'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    owner: cx-lead', '  - id: fcr', '    owner: no-such-owner'),
        'governance/owners.yaml': lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: role'),
      },
      expected: [],
    },
    {
      name: 'stays silent on owners that are not KPIs (standards, initiatives)',
      files: { 'governance/a.yaml': lines('standards:', '  - id: s', 'initiatives:', '  - id: i') },
      expected: [],
    },
    { name: 'skips an owner of the wrong type (the schema rule reports it) and never throws', files: MALFORMED, expected: ['governance/bad.yaml:31:9'] },
  ]);

  it('says what to add, in plain words', async () => {
    assert.deepEqual(await ruleMessages('kpi-no-owner', { 'governance/kpis.yaml': lines('kpis:', '  - id: repeat-rate') }), [
      'KPI "repeat-rate" has no owner. Add "owner:" with the id of the person, team or role accountable for it.',
    ]);
  });
});
