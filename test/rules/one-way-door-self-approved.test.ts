import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const owners = lines(
  'owners:',
  '  - id: contact-centre',
  '    name: Contact Centre',
  '    type: team',
  '    members: [john-smith, team-leader]',
  '  - id: john-smith',
  '    name: John Smith',
  '    type: person',
  '  - id: team-leader',
  '    name: Team Leader',
  '    type: role',
  '  - id: ravi-patel',
  '    name: Ravi Patel',
  '    type: person',
);

describe('one-way-door-self-approved', () => {
  ruleTable('one-way-door-self-approved', [
    {
      name: 'fires on "approvedBy" when the owner, or a member of the owning team, approved a one-way door',
      files: {
        'governance/owners.yaml': owners,
        'governance/initiatives.yaml': lines(
          'initiatives:',
          '  - id: chatbot-only-support',
          '    owner: john-smith',
          '    door: one-way',
          '    approvedBy: john-smith',
          '  - id: close-phone-lines',
          '    owner: contact-centre',
          '    door: one-way',
          '    approvedBy: team-leader',
        ),
      },
      expected: ['governance/initiatives.yaml:5:17', 'governance/initiatives.yaml:9:17'],
    },
    {
      name: 'stays silent on approvers outside the owning team, on two-way doors and on unapproved doors',
      files: {
        'governance/owners.yaml': owners,
        'governance/initiatives.yaml': lines(
          'initiatives:',
          '  - id: outside',
          '    owner: contact-centre',
          '    door: one-way',
          '    approvedBy: ravi-patel',
          '  - id: reversible',
          '    owner: john-smith',
          '    door: two-way',
          '    approvedBy: john-smith',
          '  - id: unapproved',
          '    owner: john-smith',
          '    door: one-way',
          '  - id: person-owner',
          '    owner: john-smith',
          '    door: one-way',
          '    approvedBy: team-leader',
        ),
      },
      expected: [],
    },
    { name: 'never throws on malformed data', files: MALFORMED, expected: [] },
  ]);

  it('says who approved and asks for someone outside the team', async () => {
    const [message] = await ruleMessages('one-way-door-self-approved', {
      'governance/owners.yaml': owners,
      'governance/i.yaml': lines('initiatives:', '  - id: close-phone-lines', '    owner: contact-centre', '    door: one-way', '    approvedBy: team-leader'),
    });
    assert.match(message!, /^Initiative "close-phone-lines" is a one-way door \(hard to undo\) approved by "team-leader", a member of its owning team "contact-centre"\. Ask someone outside/);
  });
});
