// Class of input: a handbook folder cxgov may not write as it is: read-only (mode 555), or with a
// committed symbolic link where a page or its folder would go. A plain message naming the path,
// exit 2, nothing written outside the real folder; never "internal error".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeHandbook } from 'cxgov';
import { CLI, runCli } from '../helpers/runCli.js';
import { assertNoCrash, VERSION_B, sampleProject } from './handbookKit.js';

describe('robustness: a handbook folder cxgov may not write', function () {
  this.timeout(30_000);
  let sample: ReturnType<typeof sampleProject>;
  beforeEach(() => (sample = sampleProject()));
  afterEach(() => {
    chmodSync(sample.handbook, 0o755);
    sample.cleanup();
  });

  it('a read-only folder (mode 555) gets a plain message naming it, exit 2, and keeps its pages', () => {
    const before = readFileSync(join(sample.handbook, 'index.md'), 'utf8');
    chmodSync(sample.handbook, 0o555);
    // root may write anywhere: run as an unprivileged user then, as a CI runner would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = spawnSync(process.execPath, [CLI, 'handbook', '--title', VERSION_B], { cwd: sample.project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', HOME: sample.base }, timeout: 30_000, ...asUser });
    assertNoCrash(run, 'mode 555');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /^cxgov: (nothing written: |could not write ).*handbook.*(permission|read-only)/im);
    assert.equal(readFileSync(join(sample.handbook, 'index.md'), 'utf8'), before);
  });

  it('a page that is a symbolic link to a file outside is refused, and the file outside keeps its content', () => {
    const target = join(sample.base, 'target.md');
    writeFileSync(target, 'not a page\n');
    rmSync(join(sample.handbook, 'values.md'));
    symlinkSync(target, join(sample.handbook, 'values.md'));
    const run = runCli(['handbook', '--title', VERSION_B], sample.project);
    assertNoCrash(run, 'page link');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /values\.md/);
    assert.equal(readFileSync(target, 'utf8'), 'not a page\n');
    assert.deepEqual(readdirSync(sample.base).sort(), ['target.md', 'work']);
  });

  it('a page changed by hand since cxgov wrote it is not overwritten: exit 2, naming it', () => {
    const kpis = join(sample.handbook, 'kpis.md');
    const edited = `${readFileSync(kpis, 'utf8')}\nA note someone added by hand.\n`;
    writeFileSync(kpis, edited);
    const run = runCli(['handbook', '--title', VERSION_B], sample.project);
    assertNoCrash(run, 'hand edit');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /^cxgov: nothing written: .*handbook\/kpis\.md was changed since cxgov wrote it/m);
    assert.equal(readFileSync(kpis, 'utf8'), edited);
  });

  it('a page whose folder is a symbolic link to a folder outside is refused; nothing is written there', async () => {
    const outside = join(sample.base, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(sample.handbook, 'guide'));
    const pages = [{ path: 'index.md', markdown: '# Home\n' }, { path: 'guide/intro.md', markdown: '# Intro\n' }];
    await assert.rejects(writeHandbook(sample.handbook, pages), /handbook\/guide is a symbolic link/);
    assert.deepEqual(readdirSync(outside), []);
  });
});
