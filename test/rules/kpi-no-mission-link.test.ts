import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

describe('kpi-no-mission-link', () => {
  ruleTable('kpi-no-mission-link', [
    {
      name: 'fires on the id of a KPI whose supports is missing, an empty list or empty',
      files: {
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: nps',
          '    supports:',
          '      - wow-service',
          '  - id: repeat-rate',
          '    name: Repeat purchase rate',
          '  - id: fcr',
          '    supports: []',
          '  - id: aht',
          '    supports:',
        ),
      },
      expected: ['governance/kpis.yaml:5:9', 'governance/kpis.yaml:7:9', 'governance/kpis.yaml:9:9'],
    },
    {
      name: 'stays silent when every KPI supports a pillar (unknown pillars are unknown-reference\'s)',
      files: { 'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    supports: [wow-service]', '  - id: fcr', '    supports: [no-such-pillar]') },
      expected: [],
    },
    { name: 'skips a supports of the wrong type and never throws', files: MALFORMED, expected: ['governance/bad.yaml:31:9'] },
  ]);

  it('says what to add, in plain words', async () => {
    const [message] = await ruleMessages('kpi-no-mission-link', { 'governance/kpis.yaml': lines('kpis:', '  - id: warranty-attach-rate') });
    assert.match(message!, /^KPI "warranty-attach-rate" supports no pillar of the mission\. Add "supports:"/);
  });
});
