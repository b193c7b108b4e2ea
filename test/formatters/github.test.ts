import assert from 'node:assert/strict';
import type { LintReport } from 'cxgov';
import { expectGolden } from '../helpers/golden.js';
import { CLEAN_REPORT, REPORT, ROOT, span } from './fixture.js';
import { FORMATS } from './load.js';

/** A report with one problem in `file` saying `message`. */
function oneProblem(file: string, message: string, severity: 'error' | 'warning' | 'info' = 'error'): LintReport {
  return { ...CLEAN_REPORT, problems: [{ rule: 'schema', severity, file: `${ROOT}/${file}`, range: span(0, 0, 3), message }] };
}

describe('github formatter', () => {
  it('matches the golden output', () => {
    expectGolden('formatters/github.txt', FORMATS.github(REPORT, { color: true }));
  });

  it('prints one workflow command per problem, with 1-based positions', () => {
    assert.equal(
      FORMATS.github(oneProblem('governance/kpis.yaml', 'Bad target.'), { color: false }),
      '::error file=governance/kpis.yaml,line=1,col=1,endLine=1,endColumn=4,title=schema::Bad target.\n',
    );
  });

  it('maps warning to ::warning and info to ::notice', () => {
    assert.match(FORMATS.github(oneProblem('a.yaml', 'm', 'warning'), { color: false }), /^::warning /);
    assert.match(FORMATS.github(oneProblem('a.yaml', 'm', 'info'), { color: false }), /^::notice /);
  });

  it('escapes %, carriage returns and newlines in the message, and leaves : and , alone there', () => {
    const output = FORMATS.github(oneProblem('a.yaml', '100% sure:\r\nyes, really'), { color: false });
    assert.ok(output.endsWith('::100%25 sure:%0D%0Ayes, really\n'), output);
    assert.equal(output.split('\n').length, 2, 'one line per command');
  });

  it('also escapes : and , in properties', () => {
    const output = FORMATS.github(oneProblem('odd,name: 50%.yaml', 'm'), { color: false });
    assert.match(output, /file=odd%2Cname%3A 50%25\.yaml,line=1,/);
  });

  it('shows control characters as \\u escapes, then escapes as GitHub does, in the message and the file', () => {
    const output = FORMATS.github(oneProblem('x\n::error file=f.yaml::\u001b.yaml', 'id "\u001b[31m##[error]\u0000"'), { color: false });
    assert.equal(output, '::error file=x%0A%3A%3Aerror file=f.yaml%3A%3A\\u001b.yaml,line=1,col=1,endLine=1,endColumn=4,title=schema::id "\\u001b[31m##\\u005berror]\\u0000"\n');
  });

  it('prints nothing for a clean project', () => {
    assert.equal(FORMATS.github(CLEAN_REPORT, { color: false }), '');
  });
});
