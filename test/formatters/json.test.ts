import assert from 'node:assert/strict';
import { expectGolden } from '../helpers/golden.js';
import { CLEAN_REPORT, REPORT } from './fixture.js';
import { FORMATS } from './load.js';

const KEYS = ['rule', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message'];

describe('json formatter', () => {
  it('matches the golden output', () => {
    expectGolden('formatters/json.txt', FORMATS.json(REPORT, { color: true }));
  });

  it('prints one object with a problems array, each item with exactly the documented keys in order', () => {
    const parsed = JSON.parse(FORMATS.json(REPORT, { color: false })) as { problems: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(parsed), ['problems']);
    assert.equal(parsed.problems.length, REPORT.problems.length);
    for (const item of parsed.problems) assert.deepEqual(Object.keys(item), KEYS);
  });

  it('gives 1-based positions and root-relative files', () => {
    const [first] = (JSON.parse(FORMATS.json(REPORT, { color: false })) as { problems: Record<string, unknown>[] }).problems;
    assert.deepEqual(first, {
      rule: 'unknown-reference',
      severity: 'error',
      file: 'governance/kpis.yaml',
      line: 4,
      column: 12,
      endLine: 4,
      endColumn: 18,
      message: REPORT.problems[0].message,
    });
  });

  it('prints an empty array for a clean project', () => {
    assert.equal(FORMATS.json(CLEAN_REPORT, { color: false }), '{\n  "problems": []\n}\n');
  });
});
