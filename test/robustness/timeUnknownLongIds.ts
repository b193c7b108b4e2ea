// `node test/dist/robustness/timeUnknownLongIds.js [MEGABYTES...]`: times `cxgov lint` on sources of
// thousands of unknown long ids (default 1 and 2 MB), to measure the did-you-mean search by hand.
// The test beside it only guards against a hang; speed is measured here, not asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/runCli.js';
import { writeUnknownLongIdsProject } from './unknownLongIds.js';

const sizes = process.argv.slice(2).map(Number);
for (const megabytes of sizes.length > 0 ? sizes : [1, 2]) {
  const root = mkdtempSync(join(tmpdir(), 'cxgov-unknown-ids-'));
  try {
    const { kpis, unknownIds } = writeUnknownLongIdsProject(root, megabytes * 1_000_000);
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const suggested = (run.stdout.match(/Did you mean/g) ?? []).length;
    console.log(`${megabytes} MB, ${kpis} KPIs, ${unknownIds} unknown ids: lint exit ${run.status} in ${seconds} s, ${suggested} suggestions`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
