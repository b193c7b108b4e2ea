import assert from 'node:assert/strict';
import { lines, ruleMessages, ruleTable } from './ruleCases.js';

const duplicateKey = lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: role', '    name: Head of CX');
const unclosedQuote = lines('owners:', '  - id: cx-lead', '    name: "CX lead', '    type: role');
const colonInValue = lines('kpis:', '  - id: nps', '    formula: NPS: promoters minus detractors');

describe('yaml-syntax', () => {
  ruleTable('yaml-syntax', [
    { name: 'a duplicate key, on the second key', files: { 'governance/a.yaml': duplicateKey }, expected: ['governance/a.yaml:5:5'] },
    { name: 'a duplicate key with CRLF line ends', files: { 'governance/a.yaml': duplicateKey.replace(/\n/g, '\r\n') }, expected: ['governance/a.yaml:5:5'] },
    { name: 'a duplicate key after a UTF-8 BOM', files: { 'governance/a.yaml': '\ufeff' + duplicateKey }, expected: ['governance/a.yaml:5:5'] },
    { name: 'an unquoted ": " inside a value, on the text to put in quotes', files: { 'governance/a.yaml': colonInValue }, expected: ['governance/a.yaml:3:14'] },
    { name: 'an unquoted ": " with CRLF line ends', files: { 'governance/a.yaml': colonInValue.replace(/\n/g, '\r\n') }, expected: ['governance/a.yaml:3:14'] },
    { name: 'an unquoted ": " after a UTF-8 BOM', files: { 'governance/a.yaml': '\ufeff' + colonInValue }, expected: ['governance/a.yaml:3:14'] },
    { name: 'a tab used for indentation', files: { 'governance/a.yaml': 'kpis:\n\t- id: a\n' }, expected: ['governance/a.yaml:2:1'] },
    {
      name: 'stays silent on valid YAML, empty files and several documents',
      files: {
        'governance/a.yaml': lines('owners:', '  - id: cx-lead', '    name: "CX: lead"', '    type: role'),
        'governance/empty.yaml': '',
        'governance/multi.yaml': lines('---', 'values: []', '---', 'rituals: []'),
      },
      expected: [],
    },
  ]);

  it('an unclosed quote is reported, and says what is missing', async () => {
    const messages = await ruleMessages('yaml-syntax', { 'governance/a.yaml': unclosedQuote });
    assert.ok(messages.length > 0);
    assert.ok(messages.some((message) => /quote/i.test(message)), messages.join('\n'));
  });

  it('a duplicate key says to keep one of them', async () => {
    const [message] = await ruleMessages('yaml-syntax', { 'governance/a.yaml': duplicateKey });
    assert.match(message!, /^This key appears twice in the same mapping; keep one of them\./);
  });

  it('a file with a syntax error does not hide the other files', async () => {
    const files = { 'governance/a.yaml': colonInValue, 'governance/b.yaml': duplicateKey };
    const messages = await ruleMessages('yaml-syntax', files);
    assert.equal(messages.length, 2);
  });
});
