import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lint, localDate, type JsonProblem } from 'cxgov';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintProblems, serverProblems } from '../helpers/parity.js';
import { BUNDLED_SERVER, SERVER_BIN } from '../helpers/lspClient.js';

const CLI = fileURLToPath(new URL('../../../library/bin/cxgov.js', import.meta.url));

for (const sample of ['wow-retail', 'every-rule']) {
  describe(`server: same problems as the CLI on samples/${sample}`, () => {
    const root = fileURLToPath(new URL(`../../../samples/${sample}/`, import.meta.url)).replace(/[\\/]$/, '');

    it('equals lint() from the library (rules, severities, 0-based ranges, messages)', async () => {
      const expected = await lintProblems(root, localDate());
      assert.deepEqual(await serverProblems(root, expected.files), expected.problems);
    });

    it('equals `cxgov lint --format json` run as a process (1-based lines and columns)', async () => {
      const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      // The docs page and the fixes are compared elsewhere (diagnostics' links, code actions).
      const cli = (JSON.parse(run.stdout) as { problems: JsonProblem[] }).problems.map(({ docsUrl: _docs, fixes: _fixes, ...problem }) => problem);
      const linted = await lint({ cwd: root });
      // cxgov.yaml has problems of its own (its exceptions), which both report.
      const files = [...new Set([...linted.report!.files, linted.project!.settings.configFile!])];
      const fromServer = (await serverProblems(root, files)).map((p) => ({
        rule: p.rule,
        severity: p.severity,
        file: p.file,
        line: p.range.start.line + 1,
        column: p.range.start.character + 1,
        endLine: p.range.end.line + 1,
        endColumn: p.range.end.character + 1,
        message: p.message,
      }));
      assert.ok(cli.length > 0 || sample === 'wow-retail');
      assert.deepEqual(fromServer, cli);
    });
  });
}

// Files with syntax errors, as a slip leaves them: a fresh server reads them from disk as lint does
// (no last good yet), so both report the same problems, those the engine recovers from them included.
describe('server: same problems as the CLI on samples/wow-retail with broken files', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'cxgov-parity-broken-'));
    cpSync(fileURLToPath(new URL('../../../samples/wow-retail/', import.meta.url)), root, { recursive: true });
    const slip = (relative: string, from: RegExp, to: string) => {
      const path = join(root, relative);
      const text = readFileSync(path, 'utf8');
      assert.match(text, from);
      writeFileSync(path, text.replace(from, to));
    };
    slip('governance/owners.yaml', /name: Maya Okafor/, 'name: "Maya Okafor');
    // One line of a KPI indented one space too far.
    slip('governance/kpis.yaml', /\n( {4}name: )/, '\n $1');
    slip('governance/standards.yaml', /title: No call scripts/, 'title: [No call scripts');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('equals lint() and `cxgov lint --format json`', async () => {
    const expected = await lintProblems(root, localDate());
    assert.ok(expected.problems.filter((problem) => problem.rule === 'yaml-syntax').length >= 3);
    assert.deepEqual(await serverProblems(root, expected.files), expected.problems);
    const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run.status, 1, run.stderr);
    const cli = (JSON.parse(run.stdout) as { problems: JsonProblem[] }).problems;
    assert.deepEqual(
      cli.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message}`).sort(),
      expected.problems.map((p) => `${p.file}:${p.range.start.line + 1}:${p.range.start.character + 1} ${p.rule} ${p.message}`).sort(),
    );
  });
});

// Thousands of sources: the server reads them in worker threads at start-up, as `cxgov lint` does.
describe('server: same problems as the CLI on a generated project of 2,500 KPIs', function () {
  this.timeout(180_000);
  const GENERATOR = new URL('../../../bench/dist/generate.js', import.meta.url).href;
  let root: string;
  let expected: Awaited<ReturnType<typeof lintProblems>>;
  before(async () => {
    const { generateProject } = (await import(GENERATOR)) as { generateProject(root: string, kpis: number): unknown };
    root = mkdtempSync(join(tmpdir(), 'cxgov-parity-'));
    generateProject(root, 2500);
    expected = await lintProblems(root, localDate());
    assert.ok(expected.files.length > 2000 && expected.problems.length > 100);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const [name, server] of [['the server', SERVER_BIN], ['the server bundled in the extension', BUNDLED_SERVER]] as const) {
    it(`${name} reports what lint() reports`, async () => {
      assert.deepEqual(await serverProblems(root, expected.files, server, 150_000), expected.problems);
    });
  }
});

