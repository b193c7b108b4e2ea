import assert from 'node:assert/strict';
import { lintFiles, MINIMAL_CONFIG } from '../helpers/tempProject.js';

/** Every case must give problems with positions, never throw. */
describe('bad input becomes problems with positions', () => {
  const cases: { name: string; content: string | Buffer; rule: string; line: number; message?: RegExp }[] = [
    { name: 'unclosed bracket', content: 'kpis: [\n  { id: a\n', rule: 'yaml-syntax', line: 2, message: /The brace \{ opened here is never closed/ },
    { name: 'tab indentation', content: 'kpis:\n\t- id: a\n', rule: 'yaml-syntax', line: 2, message: /Tabs/ },
    { name: 'duplicate key', content: 'owners:\n  - id: a\n    id: b\n    name: A\n    type: role\n', rule: 'yaml-syntax', line: 3, message: /appears twice/ },
    { name: 'a section that is text', content: 'kpis: "x"\n', rule: 'schema', line: 1, message: /"kpis" should be a list, not "x"/ },
    { name: 'a section that is a mapping', content: 'kpis: {}\n', rule: 'schema', line: 1, message: /should be a list/ },
    { name: 'list items of the wrong type', content: 'kpis: [null, 3, "x"]\n', rule: 'schema', line: 1, message: /Item 1 of "kpis" should be a mapping of fields, not empty/ },
    { name: 'mission as a list', content: 'mission: []\n', rule: 'schema', line: 1, message: /"mission" should be a mapping/ },
    { name: 'a number as an id', content: 'values:\n  - id: 42\n    name: X\n', rule: 'schema', line: 2, message: /"id" should be text/ },
    { name: 'unknown section', content: 'kpi:\n  - id: a\n', rule: 'schema', line: 1, message: /Unknown section "kpi"\. Did you mean "kpis"\?/ },
    { name: 'alias bomb', content: 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n', rule: 'yaml-syntax', line: 2, message: /aliases/ },
    { name: 'not UTF-8', content: Buffer.from([0x6b, 0x70, 0x69, 0x73, 0x3a, 0x20, 0xff, 0xfe, 0x41, 0x0a]), rule: 'yaml-syntax', line: 1, message: /not valid UTF-8/ },
    { name: 'UTF-16 with a BOM', content: Buffer.from('\ufeffkpis: []\n', 'utf16le'), rule: 'yaml-syntax', line: 1, message: /UTF-16/ },
    { name: 'binary', content: Buffer.from([0x00, 0x01, 0x02, 0x03]), rule: 'yaml-syntax', line: 1, message: /binary/ },
  ];
  for (const { name, content, rule, line, message } of cases) {
    it(name, async () => {
      const problems = await lintFiles({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/bad.yaml': content as string });
      const hit = problems.find((p) => p.rule === rule && p.file === 'governance/bad.yaml');
      assert.ok(hit, `expected a ${rule} problem, got ${JSON.stringify(problems)}`);
      assert.equal(hit.line, line);
      if (message) assert.match(hit.message, message);
    });
  }

  it('empty, comment-only and multi-document files are fine', async () => {
    const problems = await lintFiles({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/empty.yaml': '',
      'governance/comments.yaml': '# nothing yet\n# really\n',
      'governance/multi.yaml': '---\nowners:\n  - id: a\n    name: A\n    type: role\n    customers: [Shoppers]\n---\nmission:\n  statement: S\n  owner: a\n',
    });
    assert.deepEqual(problems, []);
  });

  it('CRLF and a UTF-8 BOM give the same positions as LF', async () => {
    const lf = 'owners:\n  - id: a\n    name: A\n    type: rol\n';
    const positions = async (content: string) =>
      (await lintFiles({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/a.yaml': content })).filter((p) => p.rule === 'schema').map((p) => `${p.rule}:${p.line}:${p.column}`);
    const expected = await positions(lf);
    assert.deepEqual(expected, ['schema:4:11']);
    assert.deepEqual(await positions(lf.replace(/\n/g, '\r\n')), expected);
    assert.deepEqual(await positions('\ufeff' + lf), expected);
  });
});
