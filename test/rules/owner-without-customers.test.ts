import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

describe('owner-without-customers', () => {
  ruleTable('owner-without-customers', [
    {
      name: 'fires on the id of an owner with no customers, or an empty list of them',
      files: {
        'governance/owners.yaml': lines(
          'owners:',
          '  - id: finance-team',
          '    name: Finance Team',
          '    type: team',
          '  - id: people-team',
          '    name: People Team',
          '    type: team',
          '    customers: []',
          '  - id: john-smith',
          '    name: John Smith',
          '    type: person',
          '    customers:',
          '      - Customers who call or chat with us',
        ),
      },
      expected: ['governance/owners.yaml:2:9', 'governance/owners.yaml:5:9'],
    },
    {
      name: 'stays silent on owners that name their customers, inside or outside the company',
      files: {
        'governance/owners.yaml': lines(
          'owners:',
          '  - id: team-leader',
          '    name: Team Leader',
          '    type: role',
          '    customers: [The contact-centre agents on their shift]',
          '  - id: finance-team',
          '    name: Finance Team',
          '    type: team',
          '    customers:',
          '      - The Board',
        ),
      },
      expected: [],
    },
    { name: 'never throws on malformed data (an owner with no customers still fires)', files: MALFORMED, expected: ['governance/bad.yaml:6:9'] },
  ]);

  it('asks whom the owner serves', async () => {
    const [message] = await ruleMessages('owner-without-customers', { 'governance/o.yaml': lines('owners:', '  - id: finance-team', '    name: Finance', '    type: team') });
    assert.match(message!, /^Owner "finance-team" names no customers\. Add "customers:" with the people it serves/);
  });
});
