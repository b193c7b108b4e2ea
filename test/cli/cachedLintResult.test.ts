// `cxgov lint --cache` answers an unchanged project from the result it recorded: what it prints is
// byte for byte what a cold lint prints, in every format, through every change that matters to
// the result (a file touched but not changed, a file changed, cxgov.yaml changed, another day).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNames } from 'cxgov/internal';
import { runCli, type CliRun } from '../helpers/runCli.js';

/** The sample where every rule fires, date rules and an expiring exception among them. */
const SAMPLE = fileURLToPath(new URL('../../../samples/every-rule', import.meta.url));
/** The exception in its cxgov.yaml expires on 2025-03-31: the day after, expired-exception fires. */
const DAY = '2025-03-31';
const NEXT_DAY = '2025-04-01';

describe('cxgov lint --cache: the recorded result', function () {
  this.timeout(120_000);
  let root: string;
  let home: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cxgov-result-'));
    cpSync(SAMPLE, root, { recursive: true });
    home = mkdtempSync(join(tmpdir(), 'cxgov-home-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  });

  function lint(args: readonly string[]): CliRun {
    return runCli(['lint', ...args], root, { XDG_CACHE_HOME: home });
  }

  /** In every format: the cached lint prints what the cold lint prints, with the same exit code. */
  function assertCachedEqualsCold(today: string, step: string, extra: readonly string[] = []): string {
    let json = '';
    for (const format of formatNames) {
      const args = ['--format', format, '--today', today, ...extra];
      const cold = lint(args);
      const cached = lint([...args, '--cache']);
      assert.ok(cold.status === 0 || cold.status === 1, `${step}, ${format}: exit ${cold.status} ${cold.stderr}`);
      assert.deepEqual({ status: cached.status, stdout: cached.stdout, stderr: cached.stderr }, { status: cold.status, stdout: cold.stdout, stderr: cold.stderr }, `${step}, ${format}`);
      if (format === 'json') json = cold.stdout;
    }
    return json;
  }

  it('prints what a cold lint prints, in every format, through every change', () => {
    lint(['--cache', '--today', DAY]);
    const first = assertCachedEqualsCold(DAY, 'nothing changed');

    const kpis = join(root, 'governance/kpis.yaml');
    const later = new Date(Date.now() + 5_000);
    utimesSync(kpis, later, later);
    assert.equal(assertCachedEqualsCold(DAY, 'a file touched, not changed'), first);

    writeFileSync(kpis, readFileSync(kpis, 'utf8').replace(/owner: [a-z-]+/, 'owner: nobody-at-all'));
    const changed = assertCachedEqualsCold(DAY, 'one file changed');
    assert.notEqual(changed, first, 'the change shows');
    assert.match(changed, /nobody-at-all/);

    const config = join(root, 'cxgov.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('target-without-baseline: warning', 'target-without-baseline: error'));
    const configured = assertCachedEqualsCold(DAY, 'cxgov.yaml changed');
    assert.notEqual(configured, changed, 'the new severity shows');

    const nextDay = assertCachedEqualsCold(NEXT_DAY, 'the next day');
    assert.doesNotMatch(configured, /expired-exception/);
    assert.match(nextDay, /expired-exception/);
    assert.equal(assertCachedEqualsCold(DAY, 'back to the first day'), configured);
  });

  it('reports on the files asked about, with --quiet and --max-warnings, as a cold lint does', () => {
    lint(['--cache', '--today', DAY]);
    assertCachedEqualsCold(DAY, 'one file', ['governance/kpis.yaml']);
    assertCachedEqualsCold(DAY, 'quiet', ['--quiet']);
    assertCachedEqualsCold(DAY, 'max warnings', ['--max-warnings', '2']);
  });
});
