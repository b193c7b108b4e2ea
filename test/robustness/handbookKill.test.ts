// Class of input: a handbook run killed at any instant (SIGKILL: no cleanup runs). People keep
// hundreds of their own files in the handbook folder; after every kill each of them must be where
// it was, with its content, and each page must be a whole version, old or new. `npm test` runs a
// few dozen kills; `npm run soak:handbook` runs many more (HANDBOOK_KILLS, HANDBOOK_SECONDS,
// HANDBOOK_FILES, HANDBOOK_SEED to replay a failure).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { assertAllThere, assertNoCrash, VERSION_A, VERSION_B, leftovers, pagesOf, peoplesFiles, sampleProject, seededRandom, startCli } from './handbookKit.js';

const KILLS = Number(process.env.HANDBOOK_KILLS || 30);
/** The soak may also run for a time: kills go on until both counts are reached. */
const SECONDS = Number(process.env.HANDBOOK_SECONDS || 0);
const FILES = Number(process.env.HANDBOOK_FILES || 500);
// `npm test` replays one seed; the soak draws a new one each time (printed, to replay a failure).
const SEED = Number(process.env.HANDBOOK_SEED || (process.env.HANDBOOK_SOAK ? Math.floor(Math.random() * 2 ** 31) : 20261203));

describe('robustness: a handbook run killed at random instants', function () {
  this.timeout(0);
  let pages: Record<string, Map<string, string>>;
  before(() => (pages = { [VERSION_A]: pagesOf(VERSION_A), [VERSION_B]: pagesOf(VERSION_B) }));

  it(`loses no file of people's and leaves whole pages after each of ${KILLS} kills or more (HANDBOOK_SEED=${SEED})`, async () => {
    const { project, handbook, cleanup } = sampleProject();
    try {
      const theirs = peoplesFiles(handbook, FILES);
      const started = performance.now();
      const first = runCli(['handbook', '--title', VERSION_B], project);
      const duration = performance.now() - started;
      assert.equal(first.status, 0, first.stderr);
      const random = seededRandom(SEED);
      let checked = 0;
      let killed = 0;
      let runs = 1;
      let whileWriting = 0;
      const until = Date.now() + SECONDS * 1000;
      for (let i = 0; i < KILLS || Date.now() < until; i++, runs++) {
        const version = i % 2 === 0 ? VERSION_A : VERSION_B;
        // Some kills at any instant of the run; most while it writes: at the Nth change in the
        // handbook folder (its lock, temporary files, renames), as the folder reports it.
        const run = startCli(['handbook', '--title', version], project);
        const anywhere = random() < 0.3;
        const instant = anywhere ? Math.round(random() * duration * 1.1) : 1 + Math.floor(random() * 20);
        let changes = 0;
        const timer = anywhere ? setTimeout(run.kill, instant) : undefined;
        const watcher = anywhere ? undefined : watch(handbook, () => ++changes === instant && run.kill());
        const end = await run.done;
        clearTimeout(timer);
        watcher?.close();
        const when = `after kill ${i} ${anywhere ? `at ${instant} ms of a ${Math.round(duration)} ms run` : `at change ${instant} in the folder`} (HANDBOOK_SEED=${SEED})`;
        if (end.signal === 'SIGKILL') {
          killed++;
          // Its lock left behind: this kill came while the run held it, writing.
          const lock = join(handbook, '.cxgov-handbook.lock');
          if (existsSync(lock) && readFileSync(lock, 'utf8').includes(`"pid":${run.pid},`)) whileWriting++;
        } else {
          assert.equal(end.status, 0, `${when}: ended by ${end.signal ?? `exit ${end.status}`}: ${end.stderr}`);
          assertNoCrash(end, when);
        }
        assert.ok(existsSync(handbook), `${when}: the handbook folder is gone`);
        checked += assertAllThere(handbook, theirs, when);
        for (const [page, a] of pages[VERSION_A]!) {
          const text = readFileSync(join(handbook, page), 'utf8');
          assert.ok(text === a || text === pages[VERSION_B]!.get(page), `${when}: ${page} is neither version, whole`);
        }
      }
      const last = runCli(['handbook', '--title', VERSION_A], project);
      runs += 2;
      assert.equal(last.status, 0, last.stderr);
      const check = runCli(['handbook', '--check', '--title', VERSION_A], project);
      assert.equal(check.status, 0, check.stdout);
      assert.match(check.stdout, /up to date/);
      assert.deepEqual(leftovers(handbook), []);
      checked += assertAllThere(handbook, theirs, 'after the last run');
      if (process.env.HANDBOOK_SOAK) console.log(`      kill loop: ${runs} runs, ${killed} killed at random instants (${whileWriting} of them while writing), ${checked} files of people's checked by content (${FILES} in the folder)`);
    } finally {
      cleanup();
    }
  });
});
