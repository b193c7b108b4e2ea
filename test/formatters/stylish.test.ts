import assert from 'node:assert/strict';
import { expectGolden } from '../helpers/golden.js';
import { CLEAN_REPORT, REPORT, ROOT, span } from './fixture.js';
import { FORMATS } from './load.js';

const ESCAPE = '\u001b[';

describe('stylish formatter', () => {
  it('matches the golden output', () => {
    expectGolden('formatters/stylish.txt', FORMATS.stylish(REPORT, { color: false }));
  });

  it('prints no escape codes without color', () => {
    assert.ok(!FORMATS.stylish(REPORT, { color: false }).includes(ESCAPE));
  });

  it('colours with color, and says the same once the codes are stripped', () => {
    const coloured = FORMATS.stylish(REPORT, { color: true });
    assert.ok(coloured.includes(ESCAPE));
    assert.equal(coloured.replace(/\u001b\[\d+m/g, ''), FORMATS.stylish(REPORT, { color: false }));
  });

  it('says in one line what it checked for a clean project', () => {
    assert.equal(FORMATS.stylish(CLEAN_REPORT, { color: true }), `${CLEAN_REPORT.files.length} sources checked, no problems.\n`);
  });

  it('counts each severity and links each rule that fired to its page once, not on every row', () => {
    const output = FORMATS.stylish(REPORT, { color: false });
    assert.match(output, /✖ 4 problems \(2 errors, 1 warning, 1 info\)/);
    assert.match(output, /^  unknown-reference: https:\/\/\S+\/docs\/rules\/unknown-reference\.md$/m);
    const rows = output.split('\n').filter((line) => /^\s+\d+:\d+/.test(line));
    assert.ok(rows.length === 4 && rows.every((row) => !row.includes('https://')), 'no docs link on the rows');
  });

  it('keeps each problem on its line: control characters and line breaks as \\u escapes, a path never starting with ::', () => {
    const problem = (file: string, message: string) => ({ rule: 'schema', severity: 'error' as const, file: `${ROOT}/${file}`, range: span(0, 0, 1), message });
    const report = { ...CLEAN_REPORT, problems: [problem('::error file=a.yaml::b.yaml', 'x'), problem('c\r\n::warning::d.yaml', 'id "\u001b[2J\u0007"\n  ::error::e')] };
    const lines = FORMATS.stylish(report, { color: false }).split('\n');
    assert.ok(lines.includes('./::error file=a.yaml::b.yaml'));
    assert.ok(lines.includes('c\\u000d\\u000a::warning::d.yaml'));
    assert.ok(lines.some((line) => line.includes('error  id "\\u001b[2J\\u0007" ::error::e  schema')));
    assert.ok(!lines.some((line) => line.trimStart().startsWith('::')));
  });
});
