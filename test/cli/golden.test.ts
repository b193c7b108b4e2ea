import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/runCli.js';
import { expectGolden } from '../helpers/golden.js';

const EVERY_RULE = fileURLToPath(new URL('../../../samples/every-rule/', import.meta.url));

/** Golden scenarios: what `cxgov lint` prints for the sample where every rule fires, in each format. */
describe('cxgov lint on samples/every-rule (golden)', () => {
  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
    it(`--format ${format}`, () => {
      const run = runCli(['lint', '--format', format, '--today', '2026-11-23'], EVERY_RULE);
      assert.equal(run.status, 1, run.stderr);
      expectGolden(`cli/every-rule.${format}.txt`, run.stdout);
    });
  }
});
