import assert from 'node:assert/strict';
import type { LintReport } from 'cxgov';
import { expectGolden } from '../helpers/golden.js';
import { sarifValidator } from '../helpers/sarifValidator.js';
import { CLEAN_REPORT, REPORT, ROOT, span } from './fixture.js';
import { FORMATS, TOOL_INFO } from './load.js';

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
      relatedLocations?: { message: { text: string } }[];
    }[];
  }[];
}

function format(report: LintReport): SarifLog {
  return JSON.parse(FORMATS.sarif(report, { color: false })) as SarifLog;
}

describe('sarif formatter', () => {
  const validate = sarifValidator();

  it('matches the golden output', () => {
    expectGolden('formatters/sarif.txt', FORMATS.sarif(REPORT, { color: true }));
  });

  for (const [name, report] of [['with problems', REPORT], ['clean', CLEAN_REPORT]] as const) {
    it(`validates against the SARIF 2.1.0 schema (${name})`, () => {
      const valid = validate(JSON.parse(FORMATS.sarif(report, { color: false })));
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    });
  }

  it('describes the tool and every rule, with levels mapped to SARIF', () => {
    const [run] = format(REPORT).runs;
    assert.equal(run.tool.driver.name, TOOL_INFO.name);
    assert.equal(run.tool.driver.version, TOOL_INFO.version);
    assert.deepEqual(run.tool.driver.rules.map((rule) => rule.id), REPORT.rules.map((rule) => rule.id));
    assert.equal(run.tool.driver.rules.find((rule) => rule.id === 'review-due')?.defaultConfiguration.level, 'note');
    assert.match(run.tool.driver.rules[0].helpUri, /^https:\/\/.*unknown-reference\.md$/);
  });

  it('gives each result its rule index, level, 1-based region and relative URI', () => {
    const { results, tool } = format(REPORT).runs[0];
    assert.deepEqual(results.map((result) => result.level), ['error', 'error', 'warning', 'note']);
    for (const result of results) assert.equal(tool.driver.rules[result.ruleIndex!].id, result.ruleId);
    assert.deepEqual(results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'governance/kpis.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 12, endLine: 4, endColumn: 18 },
    });
    assert.equal(results[2].relatedLocations?.[0].message.text, 'First defined here.');
  });

  it('leaves out ruleIndex for a problem of no listed rule, and escapes braces and odd paths', () => {
    const report: LintReport = {
      ...CLEAN_REPORT,
      problems: [{ rule: 'config', severity: 'error', file: `${ROOT}/my dir/café#1.yaml`, range: span(0, 0, 0), message: 'Use {a: 1}.' }],
    };
    const [result] = format(report).runs[0].results;
    assert.equal(result.ruleIndex, undefined);
    assert.equal(result.message.text, 'Use {{a: 1}}.');
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'my%20dir/caf%C3%A9%231.yaml');
    assert.ok(validate(JSON.parse(FORMATS.sarif(report, { color: false }))), JSON.stringify(validate.errors));
  });
});
