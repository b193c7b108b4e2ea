import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { withTempProject } from '../helpers/withTempProject.js';

const FILES = {
  'cxgov.yaml': MINIMAL_CONFIG,
  'governance/mission.yaml': 'mission:\n  statement: Make customers happy.\n  owner: cx-lead\n  pillars:\n    - id: happy\n      name: Happy customers\n',
  'governance/owners.yaml': 'owners:\n  - id: cx-lead\n    name: CX lead\n    type: role\n    customers: [everyone]\n',
  'governance/kpis.yaml': 'kpis:\n  - id: nps\n    name: NPS\n    owner: cx-leed\n    supports: [happy]\n    categry: outcome\n',
};

/** The user cache folder of these tests, where the cache's signing key is kept. */
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'cxgov-home-'));
after(() => rmSync(CACHE_HOME, { recursive: true, force: true }));

function lintJson(root: string, args: string[] = []): { status: number | null; stdout: string } {
  const run = runCli(['lint', '--format', 'json', '--today', '2026-11-23', ...args], root, { XDG_CACHE_HOME: CACHE_HOME });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return { status: run.status, stdout: run.stdout };
}

/** Runs `cxgov lint` in a fresh copy of FILES; `body` gets the project root. */
function withProject(body: (root: string) => void): void {
  withTempProject(FILES, body);
}

describe('cxgov lint --cache', () => {
  it('writes .cxgov-cache in the project root, then reads it back: same report, cache left as it was', () => {
    withProject((root) => {
      const uncached = lintJson(root);
      assert.equal(existsSync(join(root, '.cxgov-cache')), false, 'no cache without --cache');
      const first = lintJson(root, ['--cache']);
      const cache = join(root, '.cxgov-cache');
      const written = statSync(cache).mtimeMs;
      const second = lintJson(root, ['--cache']);
      assert.equal(first.stdout, uncached.stdout);
      assert.equal(second.stdout, uncached.stdout);
      assert.equal(second.status, uncached.status);
      // Every file came from the cache, so there was nothing new to write.
      assert.equal(statSync(cache).mtimeMs, written);
    });
  });

  it('analyses a changed file again, and forgets a deleted one', () => {
    withProject((root) => {
      lintJson(root, ['--cache']);
      const kpis = join(root, 'governance/kpis.yaml');
      writeFileSync(kpis, FILES['governance/kpis.yaml'].replace('cx-leed', 'cx-lead').replace('categry', 'category'));
      const fixed = lintJson(root, ['--cache']);
      assert.equal(fixed.stdout, lintJson(root).stdout);
      assert.equal(fixed.status, 0);
      writeFileSync(kpis, FILES['governance/kpis.yaml']);
      const broken = lintJson(root, ['--cache']);
      assert.equal(broken.stdout, lintJson(root).stdout);
      assert.equal(broken.status, 1);
      const cache = join(root, '.cxgov-cache');
      const mission = join(root, 'governance/mission.yaml');
      assert.ok(readFileSync(cache).includes(mission), 'the cache holds the file');
      rmSync(mission);
      assert.equal(lintJson(root, ['--cache']).stdout, lintJson(root).stdout);
      // By its path: the cache's size says nothing now that it also holds the result, with the problems the deletion made.
      assert.ok(!readFileSync(cache).includes(mission), 'the deleted file left the cache');
    });
  });

  it('applies a changed sources.maxFileSize to files the cache holds, both ways', () => {
    withProject((root) => {
      const limit = (size: string) => writeFileSync(join(root, 'cxgov.yaml'), `${MINIMAL_CONFIG}sources:\n  maxFileSize: ${size}\n`);
      const overLimit = (run: { stdout: string }) => (JSON.parse(run.stdout) as { problems: { file: string; message: string }[] }).problems.filter((p) => /over the limit/.test(p.message)).map((p) => p.file);
      limit('1MB');
      assert.deepEqual(overLimit(lintJson(root, ['--cache'])), []);
      limit('90');
      const lowered = lintJson(root, ['--cache']);
      assert.deepEqual(overLimit(lowered), ['governance/kpis.yaml', 'governance/mission.yaml']);
      assert.equal(lowered.stdout, lintJson(root).stdout);
      limit('1MB');
      assert.deepEqual(overLimit(lintJson(root, ['--cache'])), []);
    });
  });

  for (const [name, content] of [
    ['corrupt', () => Buffer.from('cxgov-analysis-cache\n' + 'x'.repeat(100))],
    ['truncated', (cache: Buffer) => cache.subarray(0, cache.length - 10)],
    ['damaged', (cache: Buffer) => Buffer.from(cache).fill(0x20, cache.length - 200, cache.length - 100)],
  ] as const) {
    // A file that is not a cxgov cache at all is refused, not replaced: see robustness/cacheFile.test.ts.
    it(`ignores a ${name} cache file and replaces it`, () => {
      withProject((root) => {
        const expected = lintJson(root, ['--cache']).stdout;
        const cache = join(root, '.cxgov-cache');
        const good = readFileSync(cache);
        writeFileSync(cache, content(good));
        assert.equal(lintJson(root, ['--cache']).stdout, expected);
        assert.deepEqual(readFileSync(cache), good);
      });
    });
  }

  it('--cache-location names the cache file, or a folder to keep it in', () => {
    withProject((root) => {
      const expected = lintJson(root).stdout;
      assert.equal(lintJson(root, ['--cache', '--cache-location', 'tmp/lint.cache']).stdout, expected);
      assert.ok(existsSync(join(root, 'tmp/lint.cache')));
      mkdirSync(join(root, 'caches'));
      assert.equal(lintJson(root, ['--cache', '--cache-location', 'caches']).stdout, expected);
      assert.ok(existsSync(join(root, 'caches/.cxgov-cache')));
      assert.equal(lintJson(root, ['--cache', '--cache-location', 'new-folder/']).stdout, expected);
      assert.ok(existsSync(join(root, 'new-folder/.cxgov-cache')));
      assert.equal(existsSync(join(root, '.cxgov-cache')), false);
      // A second run reads the named file.
      assert.equal(lintJson(root, ['--cache', '--cache-location', 'tmp/lint.cache']).stdout, expected);
    });
  });

  it('still lints when the cache cannot be written', () => {
    withProject((root) => {
      writeFileSync(join(root, 'blocker'), 'a file where a folder should be');
      assert.equal(lintJson(root, ['--cache', '--cache-location', 'blocker/cache']).stdout, lintJson(root).stdout);
    });
  });

  it('--cache-strategy takes metadata or content, with --cache only; anything else is a usage error naming the choices', () => {
    withProject((root) => {
      const expected = lintJson(root).stdout;
      assert.equal(lintJson(root, ['--cache', '--cache-strategy', 'content']).stdout, expected);
      assert.equal(lintJson(root, ['--cache', '--cache-strategy', 'metadata']).stdout, expected);
      const wrong = runCli(['lint', '--cache', '--cache-strategy', 'mtime'], root, { XDG_CACHE_HOME: CACHE_HOME });
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /metadata, content/);
      const alone = runCli(['lint', '--cache-strategy', 'content'], root, { XDG_CACHE_HOME: CACHE_HOME });
      assert.deepEqual({ status: alone.status, stderr: alone.stderr }, { status: 2, stderr: 'cxgov: --cache-strategy chooses how --cache tells a changed file: add --cache.\n' });
    });
  });
});
