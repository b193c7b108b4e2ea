import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expectGolden } from '../helpers/golden.js';
import { CLEAN_REPORT, REPORT } from './fixture.js';
import { FORMATS } from './load.js';

interface TestCase {
  '@_name': string;
  '@_classname': string;
  failure?: { '#text': string; '@_type': string; '@_message': string };
  'system-out'?: string;
}
interface TestSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: TestCase[];
}
interface Parsed {
  testsuites: { '@_tests': string; '@_failures': string; testsuite: TestSuite[] };
}

function parse(xml: string): Parsed {
  const validation = XMLValidator.validate(xml);
  assert.equal(validation, true, JSON.stringify(validation));
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });
  return parser.parse(xml) as Parsed;
}

describe('junit formatter', () => {
  it('matches the golden output', () => {
    expectGolden('formatters/junit.txt', FORMATS.junit(REPORT, { color: true }));
  });

  it('has one suite per checked file, one case per problem, failures for errors and warnings', () => {
    const { testsuites } = parse(FORMATS.junit(REPORT, { color: false }));
    assert.deepEqual(
      testsuites.testsuite.map((suite) => [suite['@_name'], suite.testcase.length, Number(suite['@_failures'])]),
      [
        ['governance/kpis.yaml', 3, 3],
        ['governance/owners.yaml', 1, 0],
        ['governance/promise.yaml', 1, 0],
      ],
    );
    assert.equal(testsuites['@_tests'], '5');
    assert.equal(testsuites['@_failures'], '3');
    const kpis = testsuites.testsuite[0].testcase;
    assert.deepEqual(kpis.map((testcase) => testcase.failure?.['@_type']), ['error', 'error', 'warning']);
    assert.equal(kpis[0]['@_name'], 'unknown-reference 4:12');
    assert.equal(kpis[0]['@_classname'], 'governance/kpis.yaml');
  });

  it('keeps an info as a passing case with the message in system-out', () => {
    const [info] = parse(FORMATS.junit(REPORT, { color: false })).testsuites.testsuite[2].testcase;
    assert.equal(info.failure, undefined);
    assert.match(String(info['system-out']), /Réponse rapide — 24 h/);
  });

  it('escapes <, &, quotes and newlines so the message survives a round trip', () => {
    const xml = FORMATS.junit(REPORT, { color: false });
    const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, isArray: (name) => name === 'testsuite' || name === 'testcase' });
    const parsed = parser.parse(xml) as Parsed;
    const failure = parsed.testsuites.testsuite[0].testcase[1].failure!;
    assert.equal(failure['@_message'], REPORT.problems[1].message);
    assert.ok(failure['#text'].includes('"<95% & rising"'));
  });

  it('shows characters XML cannot carry as \\u escapes, as every format does', () => {
    const report = { ...REPORT, problems: [{ ...REPORT.problems[0], message: 'bell \u0007 here' }] };
    const xml = FORMATS.junit(report, { color: false });
    assert.ok(!xml.includes('\u0007'));
    assert.ok(xml.includes('bell \\u0007 here'));
    assert.equal(XMLValidator.validate(xml), true);
  });

  it('shows a clean project as passing suites', () => {
    const { testsuites } = parse(FORMATS.junit(CLEAN_REPORT, { color: false }));
    assert.equal(testsuites.testsuite.length, 3);
    assert.equal(testsuites['@_failures'], '0');
    assert.ok(testsuites.testsuite.every((suite) => suite.testcase.length === 1 && suite.testcase[0].failure === undefined));
  });
});
