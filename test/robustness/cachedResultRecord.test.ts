// The result record at the end of the cache file (what `lint --cache` prints for an unchanged
// project comes from it) is untrusted input like the rest of the file: corrupt, truncated, forged,
// hostile or another project's, it never changes what lint reports, never crashes it, and names
// no file that lint would then read.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSignedSections, writeSignedSections } from 'cxgov/internal';
import { runCli, type CliRun } from '../helpers/runCli.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

const FILES = {
  'cxgov.yaml': MINIMAL_CONFIG,
  'governance/mission.yaml': 'mission:\n  statement: Make customers happy.\n  owner: cx-lead\n  pillars:\n    - id: happy\n      name: Happy customers\n',
  'governance/owners.yaml': 'owners:\n  - id: cx-lead\n    name: CX lead\n    type: role\n    customers: [everyone]\n',
  'governance/kpis.yaml': 'kpis:\n  - id: nps\n    name: NPS\n    owner: cx-leed\n    supports: [happy]\n    categry: outcome\n',
};

/** The bytes the records' signature takes, right after the mark and the records' length. */
const RECORDS_SIGNATURE = { start: 'cxgov-analysis-cache\n'.length + 8, length: 32 };

describe('the cached result record is untrusted', function () {
  this.timeout(60_000);
  let root: string;
  let cleanup: () => void;
  let home: string;
  let cache: string;

  beforeEach(() => {
    ({ root, cleanup } = tempProject(FILES));
    home = mkdtempSync(join(tmpdir(), 'cxgov-home-'));
    cache = join(root, '.cxgov-cache');
  });

  afterEach(() => {
    cleanup();
    rmSync(home, { recursive: true, force: true });
  });

  function lint(args: readonly string[] = [], where = root, userHome = home): CliRun {
    return runCli(['lint', '--format', 'json', '--today', '2026-11-23', ...args], where, { XDG_CACHE_HOME: userHome });
  }

  function assertAsCold(run: CliRun, where = root): void {
    const cold = lint([], where);
    assert.equal(run.stderr, '', run.stderr);
    assert.deepEqual({ status: run.status, stdout: run.stdout }, { status: cold.status, stdout: cold.stdout });
  }

  /** The user's signing key, as their cxgov made it. */
  function key(): Buffer {
    return readFileSync(join(home, 'cxgov', 'signing-key'));
  }

  /** Re-signs the cache file with `result` (JSON text or bytes) in place of its result, as only a holder of the key could. */
  function writeResult(result: string | Buffer, change: (contents: { key: string; problems: unknown[] }) => unknown = () => undefined): void {
    const sections = readSignedSections(cache, key());
    assert.ok(sections?.records && sections.result, 'the cache holds records and a result');
    const bytes = typeof result === 'string' ? Buffer.from(result.replace('$RESULT', JSON.stringify(change(JSON.parse(sections.result.toString('utf8')) as { key: string; problems: unknown[] })))) : result;
    writeSignedSections(cache, key(), sections.records, bytes, () => true);
  }

  it('answers an unchanged project from the end of the cache file: damaged records are not even read', () => {
    assert.equal(lint(['--cache']).status, 1);
    const damaged = readFileSync(cache);
    damaged.fill(0x20, RECORDS_SIGNATURE.start, RECORDS_SIGNATURE.start + RECORDS_SIGNATURE.length);
    writeFileSync(cache, damaged);
    assertAsCold(lint(['--cache']));
    assert.deepEqual(readFileSync(cache), damaged, 'nothing was analysed, nothing written');
    // A change falls back to the records, finds them damaged, analyses every file and repairs the cache.
    writeFileSync(join(root, 'governance/kpis.yaml'), FILES['governance/kpis.yaml'].replace('cx-leed', 'cx-lead'));
    assertAsCold(lint(['--cache']));
    assert.ok(readSignedSections(cache, key())?.records, 'the records are whole again');
  });

  for (const [name, result, change] of [
    ['a problem in a file outside the project', '$RESULT', (contents: { key: string; problems: unknown[] }) => ({ key: contents.key, problems: contents.problems.map((problem) => ({ ...(problem as object), file: '/etc/passwd' })) })],
    ['problems of the wrong shape', '$RESULT', (contents: { key: string }) => ({ key: contents.key, problems: [{ rule: 7, severity: 'fatal', range: 'everywhere' }] })],
    ['a position past any number', '$RESULT', (contents: { key: string; problems: { range: object }[] }) => ({ key: contents.key, problems: contents.problems.map((problem) => ({ ...problem, range: { start: { line: 1e300, character: -1 }, end: null } })) })],
    ['problems that are not a list', '$RESULT', (contents: { key: string }) => ({ key: contents.key, problems: { length: 1e9 } })],
    ['JSON that is null', 'null', undefined],
    ['text that is not JSON', '{"key": "', undefined],
    ['deeply nested JSON', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, undefined],
  ] as const) {
    it(`holds ${name}, even signed with the user's own key: not used`, () => {
      assert.equal(lint(['--cache']).status, 1);
      writeResult(result, change as ((contents: { key: string; problems: unknown[] }) => unknown) | undefined);
      assertAsCold(lint(['--cache']));
    });
  }

  it('is truncated, or says a length past the file: ignored, and replaced', () => {
    assert.equal(lint(['--cache']).status, 1);
    const good = readFileSync(cache);
    for (const bad of [good.subarray(0, good.length - 1), good.subarray(0, good.length - 41), Buffer.concat([good.subarray(0, good.length - 8), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])])]) {
      writeFileSync(cache, bad);
      assertAsCold(lint(['--cache']));
      assert.deepEqual(readFileSync(cache), good);
    }
  });

  it('was signed with another key (a committed cache): not used', () => {
    const forgerHome = mkdtempSync(join(tmpdir(), 'cxgov-forger-'));
    try {
      // The forger's clean result, under their key, for the broken project the victim has.
      writeFileSync(join(root, 'governance/kpis.yaml'), FILES['governance/kpis.yaml'].replace('cx-leed', 'cx-lead').replace('categry', 'category'));
      assert.equal(lint(['--cache'], root, forgerHome).status, 0);
      writeFileSync(join(root, 'governance/kpis.yaml'), FILES['governance/kpis.yaml']);
      assert.equal(lint(['--cache'], root, home).status, 1);
    } finally {
      rmSync(forgerHome, { recursive: true, force: true });
    }
  });

  it("belongs to a copy of the project elsewhere: not used, each copy reports its own files", () => {
    assert.equal(lint(['--cache']).status, 1);
    const twin = mkdtempSync(join(tmpdir(), 'cxgov-twin-'));
    try {
      cpSync(root, twin, { recursive: true });
      assertAsCold(lint(['--cache'], twin), twin);
    } finally {
      rmSync(twin, { recursive: true, force: true });
    }
  });
});
