// `cxgov lint --watch` as a user runs it: a real process in a real project, a real edit on disk,
// a report per check on standard output, and a clean exit on Ctrl-C (SIGINT).
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { JsonProblem } from 'cxgov';
import { CLI } from '../helpers/runCli.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

const OWNED = 'owners:\n  - id: lead\n    name: Lead\n    type: role\n    customers: [Every customer]\nmission:\n  statement: Happy customers.\n  owner: lead\n  pillars:\n    - id: calm\n      name: Calm\n';
const KPI = 'kpis:\n  - id: nps\n    name: NPS\n    owner: lead\n    supports: [calm]\n';

/** Starts `cxgov lint --watch --format json` and hands out its reports, one JSON document per line. */
function watch(root: string): { child: ChildProcessWithoutNullStreams; nextReport: () => Promise<JsonProblem[]>; stderr: () => string } {
  const child = spawn(process.execPath, [CLI, 'lint', '--watch', '--format', 'json', '--today', '2026-11-23'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    child,
    stderr: () => errors,
    nextReport: async () => {
      const line = await lines.next();
      assert.ok(!line.done, `the watcher stopped reporting; stderr: ${errors}`);
      return (JSON.parse(line.value as string) as { problems: JsonProblem[] }).problems;
    },
  };
}

describe('cxgov lint --watch', function () {
  this.timeout(30_000);

  it('reports, re-reports after an edit with the new problem, and exits 0 on SIGINT', async () => {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/base.yaml': OWNED, 'governance/kpis.yaml': KPI });
    const { child, nextReport, stderr } = watch(root);
    try {
      assert.deepEqual(await nextReport(), []);
      writeFileSync(join(root, 'governance/kpis.yaml'), KPI.replace('owner: lead', 'owner: ghost'));
      const second = await nextReport();
      assert.deepEqual(
        second.map(({ rule, file, line }) => ({ rule, file, line })),
        [{ rule: 'unknown-reference', file: 'governance/kpis.yaml', line: 4 }],
      );
      const exited = once(child, 'exit');
      child.kill('SIGINT');
      const [code, signal] = (await exited) as [number | null, string | null];
      assert.deepEqual({ code, signal }, { code: 0, signal: null }, stderr());
      assert.equal(stderr(), '');
    } finally {
      child.kill();
      cleanup();
    }
  });

  it('re-reads cxgov.yaml: a rule turned off there disappears from the next report', async () => {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/base.yaml': OWNED, 'governance/kpis.yaml': KPI.replace('owner: lead', 'owner: ghost') });
    const { child, nextReport } = watch(root);
    try {
      assert.deepEqual((await nextReport()).map((problem) => problem.rule), ['unknown-reference']);
      writeFileSync(join(root, 'cxgov.yaml'), `${MINIMAL_CONFIG}rules:\n  unknown-reference: off\n`);
      assert.deepEqual(await nextReport(), []);
      const exited = once(child, 'exit');
      child.kill('SIGINT');
      assert.equal(((await exited) as [number | null])[0], 0);
    } finally {
      child.kill();
      cleanup();
    }
  });
});
