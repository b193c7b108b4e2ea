// The hostile inputs of the robustness promise: each fixture under test/fixtures/hostile/ (and
// each generated case) through the CLI as a process and through the language server. Promises:
// no crash, no hang, a clear message with file and line; the editor and the CLI agree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonProblem } from 'cxgov';
import { CLI } from '../helpers/runCli.js';
import { lintProblems, serverProblems } from '../helpers/parity.js';
import { GENERATED_CASES, type Expected } from './hostileInputs.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/hostile/', import.meta.url));
const TODAY = '2026-11-23';
/** Far above the work any input may take: only a hang reaches it. */
const HANG_MS = 60_000;

function lintAsProcess(root: string) {
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--today', TODAY], { cwd: root, encoding: 'utf8', timeout: HANG_MS, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}

function checkOutcome(root: string, expected: Expected): void {
  const run = lintAsProcess(root);
  assert.equal(run.signal, null, `killed by ${run.signal}: a hang or a crash`);
  assert.doesNotMatch(run.stderr, /^\s+at .+\(.+:\d+:\d+\)$/m, `a stack trace:\n${run.stderr}`);
  assert.doesNotMatch(run.stderr, /internal error/);
  assert.equal(run.status, expected.exit, `exit ${run.status}: ${run.stderr}${run.stdout.slice(0, 2000)}`);
  for (const text of expected.stderr ?? []) assert.ok(run.stderr.includes(text), `stderr lacks "${text}":\n${run.stderr}`);
  if (expected.exit === 2) return;
  const problems = (JSON.parse(run.stdout) as { problems: JsonProblem[] }).problems;
  for (const want of expected.problems ?? []) {
    const hit = problems.find((p) => p.rule === want.rule && p.file === want.file && (want.line === undefined || p.line === want.line));
    assert.ok(hit, `no ${want.rule} in ${want.file}${want.line ? ` at line ${want.line}` : ''}; got:\n${problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} ${p.message.slice(0, 120)}`).join('\n')}`);
  }
  if (expected.problems?.length === 0) assert.deepEqual(problems, []);
  for (const file of expected.cleanFiles ?? []) assert.deepEqual(problems.filter((p) => p.file === file), [], `${file} must have no problem`);
  // Each real file once, whatever links lead to it.
  const keys = problems.map((p) => `${p.file}:${p.line}:${p.column}:${p.rule}:${p.message}`);
  assert.equal(new Set(keys).size, keys.length, 'a problem is reported twice');
  for (const p of problems) {
    assert.ok(p.line >= 1 && p.column >= 1 && (p.endLine > p.line || (p.endLine === p.line && p.endColumn >= p.column)), `bad range: ${JSON.stringify(p).slice(0, 300)}`);
    assert.ok(insideFile(join(root, p.file), p), `outside its document: ${JSON.stringify(p).slice(0, 300)}`);
    assert.ok(p.message.length > 0 && p.message.length < 2_000, `message: ${p.message.slice(0, 300)}`);
  }
}

/** Whether a 1-based problem range lies inside the file's text, lines counted as editors count them. */
function insideFile(path: string, p: JsonProblem): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  } catch {
    return p.line === 1 && p.column === 1; // unreadable: placed at the start
  }
  const lines = text.split(/\r\n|\r|\n/);
  const fits = (line: number, column: number) => line <= lines.length && column - 1 <= lines[line - 1]!.length;
  return fits(p.line, p.column) && fits(p.endLine, p.endColumn);
}

async function checkServerAgrees(root: string): Promise<void> {
  const cli = await lintProblems(root, TODAY);
  const server = await serverProblems(root, cli.files);
  // The server judges dates by today's date: compare all but the date rules' verdicts.
  const undated = (problems: typeof server) => problems.filter((p) => p.rule !== 'review-overdue' && p.rule !== 'exception-expired');
  assert.deepEqual(undated(server), undated(cli.problems));
}

describe('robustness: hostile inputs', function () {
  this.timeout(2 * HANG_MS);
  const temporary: string[] = [];
  after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const tempDir = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `cxgov-hostile-${name.replace(/\W+/g, '-')}-`));
    temporary.push(dir);
    return dir;
  };

  for (const name of readdirSync(FIXTURES).sort()) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    describe(`${name}: ${expected.why}`, () => {
      let root: string;
      before(() => {
        root = tempDir(name);
        cpSync(join(FIXTURES, name), root, { recursive: true });
        rmSync(join(root, 'expected.json'));
      });
      it('the CLI gives the expected outcome, with positions and no stack trace', () => checkOutcome(root, expected));
      if (expected.exit !== 2) it('the language server reports the same problems', () => checkServerAgrees(root));
    });
  }

  for (const generated of GENERATED_CASES) {
    describe(`${generated.name}: ${generated.expected.why}`, () => {
      let root: string;
      before(() => {
        root = tempDir(generated.name);
        generated.write(root);
      });
      it('the CLI gives the expected outcome, with positions and no stack trace', () => checkOutcome(root, generated.expected));
      if (generated.expected.exit !== 2) it('the language server reports the same problems', () => checkServerAgrees(root));
    });
  }
});
