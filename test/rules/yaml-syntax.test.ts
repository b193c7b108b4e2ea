import assert from 'node:assert/strict';
import { lintFiles } from '../helpers/tempProject.js';
import { lines, project, ruleMessages, ruleTable } from './ruleCases.js';

const duplicateKey = lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: role', '    name: Head of CX');
const unclosedQuote = lines('owners:', '  - id: cx-lead', '    name: "CX lead', '    type: role');
const colonInValue = lines('kpis:', '  - id: nps', '    formula: NPS: promoters minus detractors');

/** The one yaml-syntax problem a file gets, as `line:column message`. */
async function onlySyntaxProblem(text: string): Promise<string[]> {
  const problems = await lintFiles(project({ 'governance/a.yaml': text }));
  return problems.filter((problem) => problem.rule === 'yaml-syntax').map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

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

  describe('one message, in plain words, at the line of the mistake', () => {
    it('a key indented further than its siblings', async () => {
      assert.deepEqual(await onlySyntaxProblem(lines('kpis:', '  - id: nps', '    name: NPS', '     owner: cx-lead', '  - id: csat')), [
        '4:6 This line is indented further than the line above it; line it up with the other fields of the same entry.',
      ]);
    });

    it('a key indented further than its siblings, with CRLF line ends', async () => {
      assert.deepEqual(await onlySyntaxProblem(lines('kpis:', '  - id: nps', '    name: NPS', '     owner: cx-lead', '  - id: csat').replace(/\n/g, '\r\n')), [
        '4:6 This line is indented further than the line above it; line it up with the other fields of the same entry.',
      ]);
    });

    it('a key indented less than its siblings', async () => {
      assert.deepEqual(await onlySyntaxProblem(lines('kpis:', '  - id: nps', '    name: NPS', '   owner: cx-lead', '  - id: csat')), [
        '4:4 This line is indented less than the line above it; line it up with the other fields of the same entry.',
      ]);
    });

    it('text with ": " in it, not in quotes', async () => {
      assert.deepEqual(await onlySyntaxProblem(lines('owners:', '  - id: bob', '    name: Bob: the builder', '    type: person')), [
        '3:11 Text that contains ": " must be in quotes: write "Bob: the builder".',
      ]);
    });

    it('no space after the colon of a key', async () => {
      assert.deepEqual(await onlySyntaxProblem(lines('owners:', '  - id: ann', '    name:Ann', '    type: person')), ['3:9 A space is missing after the colon: write "name: Ann".']);
      assert.deepEqual(await onlySyntaxProblem(lines('owners:', '  - id: ann', '    type: person', '    name:Ann')), ['4:9 A space is missing after the colon: write "name: Ann".']);
    });

    it('an unclosed double quote, where it opened', async () => {
      assert.deepEqual(await onlySyntaxProblem(lines('owners:', '  - id: ann', '    name: "Ann', '    type: person', '  - id: bo', '    name: Bo')), [
        '3:11 The quote " opened here is never closed: add a closing " where the text ends.',
      ]);
    });

    it('an unclosed bracket, where it opened, once for all it confuses after it', async () => {
      assert.deepEqual(await onlySyntaxProblem(lines('kpis:', '  - id: a', '    supports: [x, y', '    owner: o', '  - id: b', '    owner: o')), [
        '3:15 The bracket [ opened here is never closed: add a closing ] where the list ends.',
      ]);
      assert.deepEqual(await onlySyntaxProblem(lines('kpis:', '  - id: a', '    target: {value: 3', '    owner: o')), [
        '3:13 The brace { opened here is never closed: add a closing } where the mapping ends.',
      ]);
    });
  });
});
