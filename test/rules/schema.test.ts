import assert from 'node:assert/strict';
import { lintFiles } from '../helpers/tempProject.js';
import { lines, project, ruleTable } from './ruleCases.js';

/** The schema problems of one file's content, as `line:column message`. */
async function schemaProblems(content: string): Promise<string[]> {
  const problems = await lintFiles(project({ 'governance/a.yaml': content }));
  return problems.filter((problem) => problem.rule === 'schema').map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
}

describe('schema', () => {
  ruleTable('schema', [
    { name: 'a section that is text, on the value', files: { 'governance/a.yaml': 'kpis: "x"\n' }, expected: ['governance/a.yaml:1:7'] },
    { name: 'list items that are not mappings, each on its item', files: { 'governance/a.yaml': 'kpis: [null, 3]\n' }, expected: ['governance/a.yaml:1:8', 'governance/a.yaml:1:14'] },
    { name: 'a mission that is a list', files: { 'governance/a.yaml': 'mission: []\n' }, expected: ['governance/a.yaml:1:10'] },
    { name: 'an unknown section, on its key', files: { 'governance/a.yaml': lines('kpi:', '  - id: nps') }, expected: ['governance/a.yaml:1:1'] },
    {
      name: 'an unknown field, on its key',
      files: { 'governance/a.yaml': lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: role', '    emial: cx@example.com') },
      expected: ['governance/a.yaml:5:5'],
    },
    {
      name: 'a value not in the allowed list, on the value',
      files: { 'governance/a.yaml': lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: rol') },
      expected: ['governance/a.yaml:4:11'],
    },
    {
      name: 'the same positions with CRLF line ends and a UTF-8 BOM',
      files: {
        'governance/crlf.yaml': lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: rol').replace(/\n/g, '\r\n'),
        'governance/bom.yaml': '\ufeff' + lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: rol'),
      },
      expected: ['governance/bom.yaml:4:11', 'governance/crlf.yaml:4:11'],
    },
    {
      name: 'a missing required field, on the entity',
      files: { 'governance/a.yaml': lines('owners:', '  - id: cx-lead', '    type: role') },
      expected: ['governance/a.yaml:2:5'],
    },
    {
      name: 'stays silent on a well-formed owner, and on fields starting with x-',
      files: { 'governance/a.yaml': lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: role', '    x-notes: hired in 2026') },
      expected: [],
    },
  ]);

  it('an unknown field says what it probably meant', async () => {
    const problems = await schemaProblems(lines('owners:', '  - id: cx-lead', '    nmae: CX lead', '    type: role'));
    const unknown = problems.find((problem) => problem.includes('Unknown field'));
    assert.match(unknown!, /^3:5 Unknown field "nmae"\. Did you mean "name"\? Allowed fields: .*\bname\b/);
  });

  it('an unknown section suggests "kpis" for "kpi"', async () => {
    const [problem] = await schemaProblems(lines('kpi:', '  - id: nps'));
    assert.match(problem!, /^1:1 Unknown section "kpi"\. Did you mean "kpis"\?/);
  });

  it('a value not allowed lists the allowed ones, with a did-you-mean', async () => {
    const [problem] = await schemaProblems(lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: rol'));
    assert.match(problem!, /^4:11 "type" must be one of: person, team, role \(found "rol"\)\. Did you mean "role"\?/);
  });

  it('a missing field names it', async () => {
    const problems = await schemaProblems(lines('owners:', '  - id: cx-lead', '    type: role'));
    assert.deepEqual(problems, ['2:5 Add the required field "name" to item 1 of "owners".']);
  });

  // The keywords whose checks need a helper at run time (string length, date and email formats).
  it('an empty name, a date that does not exist, a bad email and an id over 100 characters each say so', async () => {
    const longId = 'a'.repeat(101);
    const problems = await schemaProblems(
      lines('owners:', `  - id: ${longId}`, '    name: ""', '    type: role', '    email: not-an-address', 'kpis:', '  - id: nps', '    name: NPS', '    review:', '      every: yearly', '      last: 2026-02-30'),
    );
    assert.deepEqual(problems, [
      '2:9 "id" is too long (at most 100 characters); shorten it.',
      '3:11 "name" is empty; write something here or remove the field.',
      '5:12 "email" "not-an-address" is not valid: write an email address such as name@example.com.',
      '11:13 "last" "2026-02-30" is not valid: write a real date as YYYY-MM-DD, e.g. 2026-03-31.',
    ]);
  });

  it('wrong types say what was expected, in plain words', async () => {
    assert.deepEqual(await schemaProblems('kpis: "x"\n'), ['1:7 "kpis" should be a list, not "x".']);
    assert.deepEqual(await schemaProblems('mission: []\n'), ['1:10 "mission" should be a mapping of fields, not a list.']);
  });
});
