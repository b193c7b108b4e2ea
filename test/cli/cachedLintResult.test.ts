// `cxgov lint --cache` answers an unchanged project from the result it recorded: what it prints is
// byte for byte what a cold lint prints, in every format, through every change that matters to
// the result (a file touched but not changed, a file changed, cxgov.yaml changed, another day).
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNames } from 'cxgov/internal';
import { runCli, type CliRun } from '../helpers/runCli.js';
import { recordedOpens, recordingOpens } from '../helpers/recordOpens.js';

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

  function lint(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliRun {
    return runCli(['lint', ...args], root, { XDG_CACHE_HOME: home, ...env });
  }

  /** The sources of the project that a `lint --cache` opened, and what it printed. */
  function sourcesOpened(extra: readonly string[] = []): { opened: string[]; run: CliRun } {
    const file = join(home, `opens-${Math.random().toString(36).slice(2)}.txt`);
    const run = lint(['--cache', '--format', 'json', '--today', DAY, ...extra], recordingOpens(file));
    return { opened: recordedOpens(file).filter((path) => path.startsWith(join(root, 'governance'))), run };
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
    // Same length, the modification time put back: only the change time tells.
    const { mtime } = statSync(kpis);
    writeFileSync(kpis, readFileSync(kpis, 'utf8').replace(/owner: ([a-z])([a-z-]*)/, (_, first: string, rest: string) => `owner: ${first === 'x' ? 'y' : 'x'}${rest}`));
    utimesSync(kpis, mtime, mtime);
    assert.notEqual(assertCachedEqualsCold(DAY, 'a file changed, same size and modification time'), first);
    writeFileSync(kpis, readFileSync(join(SAMPLE, 'governance/kpis.yaml')));
    assert.equal(assertCachedEqualsCold(DAY, 'the file changed back'), first);

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

  it('answers an unchanged project without opening a source, once no source changed in the three seconds before a run', async () => {
    const cold = lint(['--format', 'json', '--today', DAY]);
    // Written a moment ago: a change in the same tick of the file system's clock would not show in
    // the files' times, so these are read (and hashed) until they are older.
    assert.ok(sourcesOpened().opened.length > 0, 'the first run reads every source');
    const racy = sourcesOpened();
    assert.ok(racy.opened.length > 0, 'files changed just before the recorded run are read again');
    assert.equal(racy.run.stdout, cold.stdout);
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    sourcesOpened();
    const settled = sourcesOpened();
    assert.deepEqual(settled.opened, [], 'nothing changed since a run that saw settled files');
    assert.deepEqual({ status: settled.run.status, stdout: settled.run.stdout }, { status: cold.status, stdout: cold.stdout });
    // For file systems whose times cannot be trusted: every source is hashed, changed or not.
    const hashed = sourcesOpened(['--cache-strategy', 'content']);
    assert.deepEqual([...new Set(hashed.opened)].sort(), [...new Set(racy.opened)].sort(), 'with --cache-strategy content every source is read');
    assert.deepEqual({ status: hashed.run.status, stdout: hashed.run.stdout }, { status: cold.status, stdout: cold.stdout });
    assert.deepEqual(sourcesOpened().opened, [], 'and the stamps still hold for the next run');

    // Same length, the modification time put back: the change time still tells.
    const kpis = join(root, 'governance/kpis.yaml');
    const { mtime } = statSync(kpis);
    writeFileSync(kpis, readFileSync(kpis, 'utf8').replace('owner: john-smith', 'owner: jane-smith'));
    utimesSync(kpis, mtime, mtime);
    const changed = sourcesOpened();
    assert.ok(changed.opened.includes(kpis), 'a changed file is read');
    assert.match(changed.run.stdout, /jane-smith/);
  });
});
