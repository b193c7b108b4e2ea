// The cache file as untrusted input: whatever sits at the cache location (a person's file, a
// FIFO, a folder, a cache committed by someone else) is never overwritten unless it is a cxgov
// cache, never hangs lint, and never changes what lint reports.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisCache, hashFile, type AnalysisRecord } from 'cxgov/internal';
import { runCli, type CliRun } from '../helpers/runCli.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

const CLEAN_KPIS = 'kpis:\n  - id: nps\n    name: NPS\n    owner: cx-lead\n    supports: [happy]\n    category: outcome\n';
/** An unknown owner (a rule problem) and an unknown key (a schema problem, kept in the cache). */
const BROKEN_KPIS = CLEAN_KPIS.replace('cx-lead', 'cx-leed').replace('category', 'categry');
const FILES = {
  'cxgov.yaml': MINIMAL_CONFIG,
  'NOTES.md': '# Notes\n\nThings people keep.\n',
  'governance/mission.yaml': 'mission:\n  statement: Make customers happy.\n  owner: cx-lead\n  pillars:\n    - id: happy\n      name: Happy customers\n',
  'governance/owners.yaml': 'owners:\n  - id: cx-lead\n    name: CX lead\n    type: role\n    customers: [everyone]\n',
  'governance/kpis.yaml': CLEAN_KPIS,
};
const SOURCES = ['governance/kpis.yaml', 'governance/mission.yaml', 'governance/owners.yaml'];

/** A project and a user cache folder of its own (where the cache's signing key lives). */
function withProject(body: (root: string, home: string) => void): void {
  const { root, cleanup } = tempProject(FILES);
  const home = mkdtempSync(join(tmpdir(), 'cxgov-home-'));
  try {
    body(root, home);
  } finally {
    cleanup();
    rmSync(home, { recursive: true, force: true });
  }
}

function lint(root: string, home: string, args: string[] = []): CliRun {
  return runCli(['lint', '--format', 'json', '--today', '2026-11-23', ...args], root, { XDG_CACHE_HOME: home });
}

function rulesOf(run: CliRun): string[] {
  assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { problems: { rule: string }[] }).problems.map((problem) => problem.rule).sort();
}

function assertRefused(run: CliRun, shown: string): void {
  assert.equal(run.status, 2, `exit ${run.status}: ${run.stderr}`);
  assert.match(run.stderr, new RegExp(`^cxgov: --cache-location ${shown.replace(/[.*]/g, '\\$&')} is not a cxgov cache`, 'm'));
  assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
  assert.equal(run.stdout, '');
}

describe('the cache file is untrusted', () => {
  for (const victim of ['NOTES.md', 'cxgov.yaml']) {
    it(`refuses to overwrite ${victim}, a file that is not a cxgov cache (exit 2), and leaves it as it was`, () => {
      withProject((root, home) => {
        assertRefused(lint(root, home, ['--cache', '--cache-location', victim]), victim);
        assert.equal(readFileSync(join(root, victim), 'utf8'), FILES[victim as keyof typeof FILES]);
      });
    });
  }

  it('overwrites an empty file and a cxgov cache, which hold nothing of anyone', () => {
    withProject((root, home) => {
      writeFileSync(join(root, 'lint.cache'), '');
      assert.deepEqual(rulesOf(lint(root, home, ['--cache', '--cache-location', 'lint.cache'])), []);
      assert.ok(statSync(join(root, 'lint.cache')).size > 0);
      writeFileSync(join(root, 'governance/kpis.yaml'), BROKEN_KPIS);
      assert.deepEqual(rulesOf(lint(root, home, ['--cache', '--cache-location', 'lint.cache'])), ['schema', 'unknown-reference']);
    });
  });

  for (const [kind, make] of [
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path])],
    ['a folder', (path: string) => mkdirSync(path)],
  ] as const) {
    it(`answers at once when the cache file is ${kind}: exit 2, no hang`, () => {
      withProject((root, home) => {
        mkdirSync(join(root, 'caches'));
        make(join(root, 'caches/.cxgov-cache'));
        const run = lint(root, home, ['--cache', '--cache-location', 'caches']);
        assert.equal(run.status, 2, `exit ${run.status} ${run.stderr}`);
        assert.match(run.stderr, /^cxgov: --cache-location caches(\/\.cxgov-cache)? is not a cxgov cache/m);
      });
    });
  }

  it('answers at once when a committed .cxgov-cache is a FIFO', () => {
    withProject((root, home) => {
      execFileSync('mkfifo', [join(root, '.cxgov-cache')]);
      const run = lint(root, home, ['--cache']);
      assert.equal(run.status, 2, `exit ${run.status} ${run.stderr}`);
      assert.match(run.stderr, /^cxgov: \.cxgov-cache is not a cxgov cache/m);
    });
  });

  it('ignores a forged cache (right format and content hashes, no problems, signed with another key) and reports the errors', () => {
    withProject((root, victimHome) => {
      // The forger lints the clean project with their own cxgov, so the format is right...
      const forgerHome = mkdtempSync(join(tmpdir(), 'cxgov-forger-'));
      try {
        assert.deepEqual(rulesOf(lint(root, forgerHome, ['--cache'])), []);
        const paths = SOURCES.map((file) => join(root, file));
        const cacheFile = join(root, '.cxgov-cache');
        const clean = withCacheHome(forgerHome, () => {
          const cache = AnalysisCache.open(cacheFile, 1024 * 1024);
          return paths.map((path) => cache.lookup(path, hashFile(path)));
        });
        assert.ok(clean.every(Boolean), 'the forger read their own records');
        // ...then commits a broken kpis.yaml and a cache whose record has its full content hash but the clean analysis.
        writeFileSync(paths[0]!, BROKEN_KPIS);
        const forged = clean.map((record, i) => (i === 0 ? { ...record!, hash: hashFile(paths[0]!) } : record!)) as AnalysisRecord[];
        withCacheHome(forgerHome, () => AnalysisCache.open(cacheFile, 1024 * 1024).save(forged));
        assert.deepEqual(rulesOf(lint(root, forgerHome, ['--cache'])), [], 'the forged record hides every error from the cxgov that signed it');
        // The victim's cxgov does not trust it.
        writeFileSync(cacheFile, readFileSync(cacheFile)); // as committed
        assert.deepEqual(rulesOf(lint(root, victimHome, ['--cache'])), ['schema', 'unknown-reference']);
        assert.deepEqual(rulesOf(lint(root, victimHome, ['--cache'])), ['schema', 'unknown-reference'], 'and a second run, from its own cache');
      } finally {
        rmSync(forgerHome, { recursive: true, force: true });
      }
    });
  });

  it('keeps its signing key in the user cache folder, readable by the user alone, and leaves no temporary file', () => {
    withProject((root, home) => {
      rulesOf(lint(root, home, ['--cache']));
      const key = join(home, 'cxgov', 'signing-key');
      assert.ok(existsSync(key), `no key at ${key}`);
      assert.equal(statSync(key).mode & 0o777, 0o600);
      assert.deepEqual(readdirSync(root).filter((name) => name.includes('cxgov-cache')), ['.cxgov-cache']);
      assert.deepEqual(readdirSync(join(home, 'cxgov')), ['signing-key']);
    });
  });
});

/** Runs `body` in this process with the user cache folder (where the signing key is) set to `home`. */
function withCacheHome<T>(home: string, body: () => T): T {
  const before = process.env.XDG_CACHE_HOME;
  process.env.XDG_CACHE_HOME = home;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = before;
  }
}
