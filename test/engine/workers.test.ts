// `cxgov lint` analyses sources in worker threads into lean analyses (outlines, no YAML documents);
// the library's default analyses them in-process with documents. Both must report the very same
// problems: rules, ranges, messages, entities, fixes and related locations.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type LintOptions, type Problem } from 'cxgov';
import { LeanSource } from 'cxgov/internal';
import { tempProject, MINIMAL_CONFIG } from '../helpers/tempProject.js';

const TODAY = '2026-11-23';
const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const HOSTILE = fileURLToPath(new URL('../../../test/fixtures/hostile/', import.meta.url));
const GENERATOR = new URL('../../../bench/dist/generate.js', import.meta.url).href;

interface Compared {
  problems: readonly Problem[];
  lean: boolean;
}

async function problems(cwd: string, options: Omit<LintOptions, 'cwd' | 'today'>): Promise<Compared> {
  const result = await lint({ cwd, today: TODAY, ...options });
  assert.ok(result.report, JSON.stringify(result.configProblems));
  return { problems: result.report.problems, lean: result.project.index.files.every((analysis) => analysis.file instanceof LeanSource) };
}

async function assertSameProblems(cwd: string): Promise<number> {
  const inProcess = await problems(cwd, {});
  const inWorkers = await problems(cwd, { workers: true });
  assert.equal(inProcess.lean, false);
  assert.equal(inWorkers.lean, true);
  assert.deepEqual(inWorkers.problems, inProcess.problems);
  return inProcess.problems.length;
}

describe('worker threads and in-process analysis give identical problems', () => {
  for (const sample of ['every-rule', 'wow-retail']) {
    it(`samples/${sample}`, async () => {
      const count = await assertSameProblems(join(SAMPLES, sample));
      assert.ok(count > 0 || sample === 'wow-retail');
    });
  }

  it('a generated project of 1,000 KPIs', async function () {
    this.timeout(120_000);
    const { generateProject } = (await import(GENERATOR)) as { generateProject(root: string, kpis: number): unknown };
    const root = mkdtempSync(join(tmpdir(), 'cxgov-workers-'));
    try {
      generateProject(root, 1000);
      assert.ok((await assertSameProblems(root)) > 50);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('broken, odd and unreadable files', async () => {
    const { root, cleanup } = tempProject({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/owners.yaml': 'owners:\n  - &o { id: a, name: A, type: role }\n  - *o\n  - id: b\n    name: B\n    type: role\n    id: c\n',
      'governance/kpis.yaml': '---\nkpis:\n  - id: k\n    owner:\n    supports: [nowhere]\n    guardrails: [k]\n    # cxgov-disable-next-line schema\n    unit: [percent]\n---\nkpis: [\n',
      'governance/crlf.yaml': '\ufeffkpis:\r\n  - id: crlf\r\n    owner: a\r\n    categry: outcome\r\n',
      'governance/pairs.yaml': 'standards:\n  - [a: 1]\n  - ? x\n    : y\n',
      'governance/binary.yaml': '\u0000\u0001',
      'governance/empty.yaml': '',
    });
    try {
      assert.ok((await assertSameProblems(root)) > 5);
    } finally {
      cleanup();
    }
  });

  it('files recovered from a syntax error, and references into what they lost', async () => {
    const { root, cleanup } = tempProject({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/owners.yaml': 'owners:\n  - id: a\n    name: A\n    type: role\n  - id: b\n    name: "B\n    type: role\n  - id: c\n    name: C\n',
      'governance/kpis.yaml': 'kpis:\n  - id: k1\n    owner: a\n  - id: k2\n     owner: c\n  - id: k3\n    owner: zed\n    colour: blue\n',
      'governance/more.yaml': 'kpis:\n  - id: k4\n    supports: [x, y\n    owner: b\n  - id: k5\n    owner:c\n',
      'governance/standards.yaml': 'standards:\n  - id: s\n    title: S\n    owner: c\n    measuredBy: [k1, k2, k3, k4, k5, k6]\n',
    });
    try {
      assert.ok((await assertSameProblems(root)) > 5);
      const cached = await problems(root, { cache: join(root, '.cxgov-cache') });
      const again = await problems(root, { cache: join(root, '.cxgov-cache') });
      assert.deepEqual(cached.problems, (await problems(root, {})).problems);
      assert.deepEqual(again.problems, cached.problems);
      assert.ok(cached.problems.some((problem) => problem.severity === 'info' && problem.rule === 'unknown-reference'));
    } finally {
      cleanup();
    }
  });

  it('every hostile fixture project', async function () {
    this.timeout(120_000);
    let projects: string[] = [];
    try {
      projects = readdirSync(HOSTILE).map((name) => join(HOSTILE, name)).filter((path) => statSync(path).isDirectory());
    } catch {
      this.skip();
    }
    for (const project of projects) {
      const inProcess = await lint({ cwd: project, today: TODAY });
      const inWorkers = await lint({ cwd: project, today: TODAY, workers: true });
      assert.deepEqual(inWorkers.configProblems, inProcess.configProblems, project);
      assert.deepEqual(inWorkers.report?.problems, inProcess.report?.problems, project);
    }
  });
});
