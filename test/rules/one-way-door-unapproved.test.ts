import assert from 'node:assert/strict';
import { lines, MALFORMED, ruleMessages, ruleTable } from './ruleCases.js';

describe('one-way-door-unapproved', () => {
  ruleTable('one-way-door-unapproved', [
    {
      name: 'fires on "door" of a one-way initiative with no approvedBy',
      files: {
        'governance/initiatives.yaml': lines(
          'initiatives:',
          '  - id: chatbot-only-support',
          '    door: one-way',
          '  - id: warehouse-lease',
          '    door: one-way',
          '    approvedBy: ceo',
          '  - id: chat-pilot',
          '    door: two-way',
          '  - id: close-phone-lines',
          '    door: one-way',
          '    approvedBy: ""',
        ),
      },
      expected: ['governance/initiatives.yaml:3:11', 'governance/initiatives.yaml:10:11'],
    },
    {
      name: 'stays silent on two-way doors and approved one-way doors',
      files: { 'governance/initiatives.yaml': lines('initiatives:', '  - id: a', '    door: two-way', '  - id: b', '    door: one-way', '    approvedBy: ceo') },
      expected: [],
    },
    { name: 'never throws on malformed data', files: MALFORMED, expected: [] },
  ]);

  it('asks for an approver in plain words', async () => {
    const [message] = await ruleMessages('one-way-door-unapproved', { 'governance/i.yaml': lines('initiatives:', '  - id: chatbot-only', '    door: one-way') });
    assert.match(message!, /^Initiative "chatbot-only" is a one-way door \(hard to undo\) but nobody has approved it\. Add "approvedBy:"/);
  });
});
