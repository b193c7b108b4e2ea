// Class of input: what killed runs leave behind. An older cxgov swapped whole folders and, killed,
// left hidden `.handbook.cxgov-old-*` (with people's files) and `.handbook.cxgov-new-*` folders;
// this one leaves at worst temporary page files, a lock of a dead process and a half-way
// manifest. The next run puts people's files back, removes only what is provably cxgov's, and
// `--check` never says "up to date" while a leftover remains.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { assertAllThere, assertNoCrash, VERSION_A, VERSION_B, exists, leftovers, pagesOf, peoplesFiles, sampleProject } from './handbookKit.js';

/** The id of a process that has ended: what a killed run leaves in its lock and temporary files. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid;
}

describe('robustness: leftovers of killed handbook runs', function () {
  this.timeout(60_000);
  let sample: ReturnType<typeof sampleProject>;
  beforeEach(() => (sample = sampleProject()));
  afterEach(() => sample.cleanup());

  function assertStale(when: string): void {
    const check = runCli(['handbook', '--check', '--title', VERSION_A], sample.project);
    assertNoCrash(check, when);
    assert.equal(check.status, 1, `${when}: ${check.stdout}`);
    assert.match(check.stdout, /left over by an interrupted run/);
  }

  function assertCleanRun(theirs: Map<string, string>): void {
    const run = runCli(['handbook', '--title', VERSION_A], sample.project);
    assertNoCrash(run, 'the next run');
    assert.equal(run.status, 0, run.stderr);
    assertAllThere(sample.handbook, theirs, 'after the next run');
    assert.deepEqual(leftovers(sample.handbook), []);
    const check = runCli(['handbook', '--check', '--title', VERSION_A], sample.project);
    assert.equal(check.status, 0, check.stdout);
  }

  it('an older cxgov killed between its two renames (no handbook folder, an old and a new one beside): all put back', () => {
    const { project, handbook } = sample;
    const theirs = peoplesFiles(handbook, 40);
    // An older cxgov's manifest: page names, no hashes.
    const names = [...pagesOf(VERSION_B).keys()];
    writeFileSync(join(handbook, '.cxgov-handbook.json'), JSON.stringify({ generator: 'cxgov', pages: names }));
    const fresh = join(project, '.handbook.cxgov-new-XyZ789');
    cpSync(handbook, fresh, { recursive: true, filter: (path) => !/notes|team/.test(path) });
    for (const [page, text] of pagesOf(VERSION_B)) writeFileSync(join(fresh, page), text);
    renameSync(handbook, join(project, '.handbook.cxgov-old-AbC123'));
    assertStale('before the next run');
    assertCleanRun(theirs);
  });

  it('an older cxgov killed during its carry-over: free names go back, a name taken stays where it is, named', () => {
    const { project, handbook } = sample;
    const theirs = peoplesFiles(handbook, 40);
    const old = join(project, '.handbook.cxgov-old-Qrs456');
    // Half of the people's files had not been carried over yet.
    for (const [path, content] of [...theirs].slice(0, 20)) {
      mkdirSync(join(old, path, '..'), { recursive: true });
      renameSync(join(handbook, path), join(old, path));
      assert.equal(readFileSync(join(old, path), 'utf8'), content);
    }
    writeFileSync(join(old, 'notes-30.md'), 'a second version of notes-30, by someone else\n');
    assertStale('before the next run');
    const run = runCli(['handbook', '--title', VERSION_A], project);
    assertNoCrash(run, 'the next run');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /\.handbook\.cxgov-old-Qrs456.*holds files whose names are taken/);
    assertAllThere(handbook, theirs, 'after the next run');
    assert.deepEqual(readdirSync(old), ['notes-30.md']);
    assert.equal(readFileSync(join(old, 'notes-30.md'), 'utf8'), 'a second version of notes-30, by someone else\n');
    assertStale('with a leftover that is someone\'s');
  });

  it('this cxgov killed half-way: temporary page files, a dead lock and a half-way manifest are cleaned up', () => {
    const { project, handbook } = sample;
    const theirs = peoplesFiles(handbook, 40);
    const pid = deadPid();
    const manifest = JSON.parse(readFileSync(join(handbook, '.cxgov-handbook.json'), 'utf8')) as { pages: Record<string, string> };
    writeFileSync(join(handbook, '.cxgov-handbook.json'), JSON.stringify({ ...manifest, writing: { 'kpis.md': 'f'.repeat(64) } }));
    writeFileSync(join(handbook, `.kpis.md.cxgov-tmp-${pid}-0badf00d`), '# KPIs, half writ');
    writeFileSync(join(handbook, '.cxgov-handbook.lock'), JSON.stringify({ pid, host: hostname(), started: new Date().toISOString(), token: 'feedfacecafebeef' }));
    assertStale('before the next run');
    assertCleanRun(theirs);
  });

  it('a lock file that is not a lock of cxgov (garbage) is taken over; a folder at its path is named', () => {
    const { project, handbook } = sample;
    const theirs = peoplesFiles(handbook, 10);
    writeFileSync(join(handbook, '.cxgov-handbook.lock'), 'not json at all');
    assertCleanRun(theirs);
    mkdirSync(join(handbook, '.cxgov-handbook.lock'));
    const run = runCli(['handbook', '--title', VERSION_B], project);
    assertNoCrash(run, 'a folder at the lock path');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /\.cxgov-handbook\.lock is not a lock file cxgov wrote/);
    assert.ok(exists(join(handbook, '.cxgov-handbook.lock')));
  });
});
