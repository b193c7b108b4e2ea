// The report file of `cxgov lint -o`: written whole or not at all. A disk that fills up half-way
// (here a file size limit, which fails the write the same way) leaves the previous report as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, runCli } from '../helpers/runCli.js';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { withTempProject } from '../helpers/withTempProject.js';

/** Enough KPIs with an unknown owner for a report of tens of kilobytes. */
const KPIS = `kpis:\n${Array.from({ length: 150 }, (_, i) => `  - id: kpi-${i}\n    name: KPI ${i}\n    owner: nobody-${i}\n    category: outcome\n`).join('')}`;
const OLD_REPORT = '{"the": "report of yesterday"}\n';
/** The largest file the CLI may write, in 512-byte blocks: far below the report's size. */
const FILE_SIZE_LIMIT_BLOCKS = 8;

function withProject(body: (root: string) => void): void {
  withTempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/kpis.yaml': KPIS, 'report.json': OLD_REPORT }, body);
}

describe('cxgov lint -o writes the report whole or not at all', () => {
  it('keeps the previous report when the disk fills up half-way, and says so (exit 2)', () => {
    withProject((root) => {
      // `ulimit -f` makes every write past the limit fail (EFBIG), as a full disk does (ENOSPC).
      const run = spawnSync('sh', ['-c', `ulimit -f ${FILE_SIZE_LIMIT_BLOCKS}; exec "$0" "$@"`, process.execPath, CLI, 'lint', '--format', 'json', '-o', 'report.json'], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(readFileSync(join(root, 'report.json'), 'utf8'), OLD_REPORT, 'the previous report was damaged');
      assert.equal(run.status, 2, `exit ${run.status}: ${run.stderr}`);
      assert.match(run.stderr, /^cxgov: cannot write report\.json: file too large \(EFBIG\)$/m);
      assert.doesNotMatch(run.stderr, /internal error/);
      assert.deepEqual(readdirSync(root).sort(), ['cxgov.yaml', 'governance', 'report.json'], 'a temporary file was left behind');
    });
  });

  it('replaces the previous report with the whole new one, and leaves no temporary file', () => {
    withProject((root) => {
      const run = runCli(['lint', '--format', 'json', '-o', 'report.json'], root);
      assert.equal(run.status, 1, run.stderr);
      const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { problems: { rule: string }[] };
      assert.equal(report.problems.filter((problem) => problem.rule === 'unknown-reference').length, 150);
      assert.deepEqual(readdirSync(root).sort(), ['cxgov.yaml', 'governance', 'report.json']);
    });
  });

});
