// `cxgov handbook` over the whole project, as a process, into a throw-away folder, against a cold
// `cxgov lint` of the same project, alternating so that a burst of load on the machine hits both alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedProject } from '../generate.js';
import { runNode } from '../measureProcess.js';
import { TARGET_SIZE } from '../options.js';
import { CLI, TODAY } from '../paths.js';
import type { Measured, Row } from '../report.js';
import { median } from '../stats.js';
import { againstColdLint } from './againstColdLint.js';

/** The targets for 20,000 KPIs: under 5 s, and at most 1.5× a cold lint's wall time. */
const TARGET_MS = 5_000;
const RATIO_TARGET = 1.5;

export async function handbook(project: GeneratedProject, runs: number, log: (line: string) => void): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'cxgov-bench-handbook-'));
  try {
    const measured = await againstColdLint('handbook', project.root, runs, async (i) => {
      // A fresh folder each time: every run writes every page, as the first run in a project does.
      const run = await runNode(CLI, ['handbook', project.root, '--out', join(scratch, `handbook-${i}`), '--today', TODAY], { env: { ...process.env, NO_COLOR: '1' } });
      if (run.exitCode !== 0) throw new Error(`cxgov handbook exited with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
      return run;
    }, log);
    const { wall, lintWall } = measured;
    const judged = project.kpis === TARGET_SIZE;
    const size = project.kpis.toLocaleString('en-US');
    const rows: Row[] = [
      { metric: `handbook, ${size} KPIs: wall`, value: wall, unit: 'ms', ...(judged && { target: { op: '<', limit: TARGET_MS } }) },
      { metric: `handbook, ${size} KPIs: peak RSS`, value: median(measured.runs.map((run) => run.maxRssMB)), unit: 'MB' },
      { metric: `handbook / lint cold wall, ${size} KPIs`, value: wall / lintWall, unit: 'x', ...(judged && { target: { op: '<=', limit: RATIO_TARGET } }) },
    ];
    return { rows, details: measured.details };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
