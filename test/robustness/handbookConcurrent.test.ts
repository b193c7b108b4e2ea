// Class of input: several `cxgov handbook` runs on the same folder at once (a save hook, CI and a
// person). They take turns (a lock): each exits 0, nothing of people's is lost, and the folder
// ends as one whole handbook. `npm run soak:handbook` runs more rounds (HANDBOOK_ROUNDS,
// HANDBOOK_RUNS at a time).
import assert from 'node:assert/strict';
import { writeHandbook } from 'cxgov';
import { runCli } from '../helpers/runCli.js';
import { assertAllThere, assertNoCrash, VERSION_A, VERSION_B, leftovers, pagesOf, peoplesFiles, sampleProject, startCli } from './handbookKit.js';

const ROUNDS = Number(process.env.HANDBOOK_ROUNDS || 2);
const RUNS = Number(process.env.HANDBOOK_RUNS || 5);

describe('robustness: handbook runs at the same time', function () {
  this.timeout(0);

  it(`${RUNS} runs at once, ${ROUNDS} round(s): all succeed, nothing lost, one whole handbook`, async () => {
    const { project, handbook, cleanup } = sampleProject();
    try {
      const theirs = peoplesFiles(handbook, 1000);
      let checked = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const runs = Array.from({ length: RUNS }, (_, i) => startCli(['handbook', '--title', i % 2 === round % 2 ? VERSION_A : VERSION_B], project));
        for (const [i, end] of (await Promise.all(runs.map((run) => run.done))).entries()) {
          assertNoCrash(end, `round ${round}, run ${i}`);
          assert.equal(end.status, 0, `round ${round}, run ${i}: ${end.stderr}`);
        }
        checked += assertAllThere(handbook, theirs, `round ${round}`);
        // The last run to write wrote every page: the folder is one version, whole.
        const upToDate = [VERSION_A, VERSION_B].filter((version) => runCli(['handbook', '--check', '--title', version], project).status === 0);
        assert.equal(upToDate.length, 1, `round ${round}: the handbook is not one whole version`);
        assert.deepEqual(leftovers(handbook), [], `round ${round}`);
      }
      if (process.env.HANDBOOK_SOAK) console.log(`      concurrency: ${ROUNDS * RUNS} runs, ${RUNS} at a time, ${checked} files of people's checked by content`);
    } finally {
      cleanup();
    }
  });

  it("the editor's server writing three times at once (one process): each write whole, nothing lost", async () => {
    const { project, handbook, cleanup } = sampleProject();
    try {
      const theirs = peoplesFiles(handbook, 100);
      const versions = [pagesOf(VERSION_B), pagesOf(VERSION_A), pagesOf(VERSION_B)].map((pages) => [...pages].map(([path, markdown]) => ({ path, markdown })));
      await Promise.all(versions.map((pages) => writeHandbook(handbook, pages)));
      assertAllThere(handbook, theirs, 'after three writes');
      const upToDate = [VERSION_A, VERSION_B].filter((version) => runCli(['handbook', '--check', '--title', version], project).status === 0);
      assert.equal(upToDate.length, 1, 'the handbook is not one whole version');
      assert.deepEqual(leftovers(handbook), []);
    } finally {
      cleanup();
    }
  });
});
