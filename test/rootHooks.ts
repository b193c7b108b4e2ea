// Root hooks of every test run: whatever a test left running is stopped and named at the end, so
// the run ends (a leftover holding a pipe of the run would keep it waiting forever) and the leak
// shows in the output.
import { markRun, stopLeftovers } from './helpers/leftoverProcesses.js';

const mark = markRun();

export const mochaHooks = {
  afterAll(): void {
    for (const leftover of stopLeftovers(mark)) process.stderr.write(`left running after the tests, stopped: ${leftover}\n`);
  },
};
