import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { ruleDocsUrl } from 'cxgov';
import { expectGolden } from '../helpers/golden.js';
import { CLEAN_REPORT, REPORT, ROOT } from './fixture.js';
import { FORMATS } from './load.js';

/** The keys of 0.1 first, in their order; then what was added (a script reading the old ones reads them still). */
const KEYS = ['rule', 'severity', 'file', 'line', 'column', 'endLine', 'endColumn', 'message', 'docsUrl', 'fixes'];
const COUNTS = ['errorCount', 'warningCount', 'infoCount', 'fixableErrorCount', 'fixableWarningCount'];

interface Parsed {
  problems: Record<string, unknown>[];
  files: Record<string, unknown>[];
  totals: Record<string, number>;
}

function parse(text: string): Parsed {
  return JSON.parse(text) as Parsed;
}

describe('json formatter', () => {
  it('matches the golden output', () => {
    expectGolden('formatters/json.txt', FORMATS.json(REPORT, { color: true }));
  });

  it('prints problems, files and totals; each problem with exactly the documented keys in order', () => {
    const parsed = parse(FORMATS.json(REPORT, { color: false }));
    assert.deepEqual(Object.keys(parsed), ['problems', 'files', 'totals']);
    assert.equal(parsed.problems.length, REPORT.problems.length);
    for (const item of parsed.problems) assert.deepEqual(Object.keys(item), KEYS);
  });

  it('gives 1-based positions, root-relative files, the docs page and the fixes with their ranges', () => {
    const [first, second] = parse(FORMATS.json(REPORT, { color: false })).problems;
    assert.deepEqual(first, {
      rule: 'unknown-reference',
      severity: 'error',
      file: 'governance/kpis.yaml',
      line: 4,
      column: 12,
      endLine: 4,
      endColumn: 18,
      message: REPORT.problems[0]!.message,
      docsUrl: ruleDocsUrl('unknown-reference'),
      fixes: [{ title: 'Change to "cx-operations"', edits: [{ file: 'governance/kpis.yaml', line: 4, column: 12, endLine: 4, endColumn: 18, text: 'cx-operations' }] }],
    });
    assert.deepEqual(second!.fixes, []);
  });

  it('counts errors, warnings, infos and fixable problems per checked file and in total', () => {
    const parsed = parse(FORMATS.json(REPORT, { color: false }));
    assert.deepEqual(
      parsed.files.map((file) => [file.file, ...COUNTS.map((count) => file[count])]),
      [
        ['governance/kpis.yaml', 2, 1, 0, 1, 0],
        ['governance/owners.yaml', 0, 0, 0, 0, 0],
        ['governance/promise.yaml', 0, 0, 1, 0, 0],
      ],
    );
    assert.deepEqual(parsed.totals, { errorCount: 2, warningCount: 1, infoCount: 1, fixableErrorCount: 1, fixableWarningCount: 0 });
  });

  it('has no docs page for a problem that comes from no rule', () => {
    const report = { ...REPORT, problems: [{ ...REPORT.problems[0]!, rule: 'config', file: `${ROOT}/cxgov.yaml`, fixes: undefined }] };
    const [problem] = parse(FORMATS.json(report, { color: false })).problems;
    assert.equal(problem!.docsUrl, null);
  });

  it('prints empty problems and zero counts for a clean project', () => {
    const parsed = parse(FORMATS.json(CLEAN_REPORT, { color: false }));
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.totals, { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
  });
});

describe('json formatter: file names', () => {
  // Sources come from globs and from the command line, not always written plainly.
  const SEGMENT = fc.constantFrom('governance', 'kpis.yaml', '..', '.', '', 'wow-retail', 'wow-retailer', 'a b', 'x\\y');
  const written = (segments: string[]) => segments.join('/');

  it('names every file as path.relative does, with forward slashes, whatever the root and the path', () => {
    fc.assert(
      fc.property(fc.constantFrom(ROOT, `${ROOT}/`, '/', '/home/ci/./wow-retail', 'relative/root'), fc.array(SEGMENT, { maxLength: 5 }), fc.boolean(), (root, segments, underRoot) => {
        const file = underRoot ? `${root.replace(/\/$/, '')}/${written(segments)}` : `/${written(segments)}`;
        const problem = { ...REPORT.problems[0]!, file, fixes: [] };
        const [shown] = parse(FORMATS.json({ ...REPORT, root, problems: [problem], files: [file] }, { color: false })).problems;
        assert.equal(shown!.file, path.relative(root, file).split(path.sep).join('/'));
      }),
      { numRuns: 2000 },
    );
  });
});
