import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { lint, RULES } from 'cxgov';

const sample = (name: string) => fileURLToPath(new URL(`../../samples/${name}/`, import.meta.url));

describe('samples', () => {
  it('wow-retail is clean: zero problems of any severity', async () => {
    const result = await lint({ cwd: sample('wow-retail'), today: '2026-11-23' });
    assert.ok(result.report, JSON.stringify(result.configProblems));
    assert.deepEqual(result.report.problems.map((p) => `${p.rule} ${p.file}:${p.range.start.line + 1} ${p.message}`), []);
    assert.ok(result.report.files.length >= 5, 'several source files');
  });

  it('every-rule fires every rule at least once', async () => {
    const result = await lint({ cwd: sample('every-rule'), today: '2026-11-23' });
    assert.ok(result.report, JSON.stringify(result.configProblems));
    const fired = new Set(result.report.problems.map((p) => p.rule));
    assert.deepEqual(RULES.map((rule) => rule.id).filter((id) => !fired.has(id)), []);
    assert.ok(!result.report.files.some((file) => file.includes('k8s')), 'the Kubernetes manifest is not a source');
  });
});
