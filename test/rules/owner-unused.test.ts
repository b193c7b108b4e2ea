import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

const owners = lines(
  'mission:',
  '  statement: Deliver WOW.',
  '  owner: ceo',
  'owners:',
  '  - id: ceo',
  '    name: Chief Executive',
  '    type: person',
  '  - id: brand-team',
  '    name: Brand Team',
  '    type: team',
  '  - id: cx-team',
  '    name: CX Team',
  '    type: team',
  '    members: [ana, cx-team]',
  '  - id: ana',
  '    name: Ana',
  '    type: person',
  '  - id: approver',
  '    name: Risk approver',
  '    type: role',
  '  - id: loner',
  '    name: Loner',
  '    type: team',
  '    members: [loner]',
  '  - id: constructor',
  '    name: An owner called constructor',
  '    type: role',
);

const users = lines('kpis:', '  - id: nps', '    owner: cx-team', 'initiatives:', '  - id: chatbot', '    approvedBy: approver', '    owner: toString');

describe('owner-unused', () => {
  ruleTable('owner-unused', [
    {
      name: 'fires on the id of an owner that no owner, approvedBy or members names (its own members do not count)',
      files: { 'governance/owners.yaml': owners, 'governance/uses.yaml': users },
      expected: ['governance/owners.yaml:8:9', 'governance/owners.yaml:21:9', 'governance/owners.yaml:25:9'],
    },
    {
      name: 'stays silent when every owner is named somewhere, including an owner called "constructor"',
      files: {
        'governance/owners.yaml': lines('owners:', '  - id: constructor', '    name: C', '    type: role', '  - id: ana', '    name: A', '    type: person'),
        'governance/rituals.yaml': lines('rituals:', '  - id: stand-up', '    owner: constructor', 'standards:', '  - id: s', '    owner: ana'),
      },
      expected: [],
    },
    { name: 'never throws on malformed data (members that are text name nobody)', files: MALFORMED, expected: ['governance/bad.yaml:6:9'] },
  ]);

  it('suggests giving the owner something to own, or removing it', async () => {
    const [message] = await ruleMessages('owner-unused', { 'governance/o.yaml': lines('owners:', '  - id: brand-team', '    name: Brand', '    type: team') });
    assert.match(message!, /^Owner "brand-team" owns, approves and belongs to nothing\./);
  });
});
