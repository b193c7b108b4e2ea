import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

describe('value-without-behaviours', () => {
  ruleTable('value-without-behaviours', [
    {
      name: 'fires on the id of a value with no behaviours, or an empty list of them',
      files: {
        'governance/values.yaml': lines(
          'values:',
          '  - id: be-the-best',
          '    name: Be the best',
          '  - id: innovation',
          '    name: Innovation',
          '    behaviours: []',
          '  - id: customer-first',
          '    name: Customer first',
          '    behaviours:',
          '      - Tell customers when a cheaper product would suit them better.',
        ),
      },
      expected: ['governance/values.yaml:2:9', 'governance/values.yaml:4:9'],
    },
    {
      name: 'stays silent on values that list behaviours',
      files: {
        'governance/values.yaml': lines(
          'values:',
          '  - id: deliver-wow',
          '    name: Deliver WOW through service',
          '    behaviours: [Stay on the call until the customer is happy.]',
        ),
      },
      expected: [],
    },
    { name: 'never throws on malformed data', files: MALFORMED, expected: [] },
  ]);

  it('asks for observable behaviours', async () => {
    const [message] = await ruleMessages('value-without-behaviours', { 'governance/v.yaml': lines('values:', '  - id: be-the-best', '    name: Be the best') });
    assert.match(message!, /^Value "be-the-best" has no behaviours\. Add "behaviours:" with things people do that show it/);
  });
});
