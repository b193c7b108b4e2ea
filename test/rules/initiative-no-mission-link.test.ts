import { lines, MALFORMED, ruleTable } from './ruleCases.js';

describe('initiative-no-mission-link', () => {
  ruleTable('initiative-no-mission-link', [
    {
      name: 'fires on the id of an initiative that supports no pillar',
      files: {
        'governance/initiatives.yaml': lines(
          'initiatives:',
          '  - id: chatbot-pilot',
          '    door: two-way',
          '    supports: [wow-service]',
          '  - id: loyalty-points-app',
          '    door: two-way',
          '  - id: new-website',
          '    supports: []',
        ),
      },
      expected: ['governance/initiatives.yaml:5:9', 'governance/initiatives.yaml:7:9'],
    },
    {
      name: 'stays silent when every initiative supports a pillar',
      files: { 'governance/initiatives.yaml': lines('initiatives:', '  - id: chatbot-pilot', '    supports:', '      - wow-service') },
      expected: [],
    },
    { name: 'never throws on malformed data', files: MALFORMED, expected: [] },
  ]);
});
