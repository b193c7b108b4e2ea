import { lines, MALFORMED, ruleTable } from './ruleCases.js';

describe('standard-no-owner', () => {
  ruleTable('standard-no-owner', [
    {
      name: 'fires on the id of a standard with no owner, or an empty one',
      files: {
        'governance/standards.yaml': lines(
          'standards:',
          '  - id: no-call-scripts',
          '    title: No call scripts',
          '    owner: cx-lead',
          '  - id: free-returns',
          '    title: Free returns',
          '  - id: phone-on-every-page',
          "    owner: ''",
        ),
      },
      expected: ['governance/standards.yaml:5:9', 'governance/standards.yaml:7:9'],
    },
    {
      name: 'stays silent when every standard has an owner, and on KPIs without one',
      files: { 'governance/a.yaml': lines('standards:', '  - id: no-call-scripts', '    owner: cx-lead', 'kpis:', '  - id: nps') },
      expected: [],
    },
    { name: 'skips an owner of the wrong type and never throws', files: MALFORMED, expected: ['governance/bad.yaml:16:9', 'governance/bad.yaml:18:9'] },
  ]);
});
