// `cxgov handbook` over the whole project, as a process, into a throw-away folder, against a cold
// `cxgov lint` of the same project, alternating so that a burst of load on the machine hits both alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedProject } from '../generate.js';
import { runNode, type ProcessRun } from '../measureProcess.js';
import { TARGET_SIZE } from '../options.js';
import { CLI, TODAY } from '../paths.js';
import type { Measured, Row } from '../report.js';
import { median } from '../stats.js';
import { coldLint } from './coldLint.js';

/** The targets for 20,000 KPIs: under 5 s, and at most 1.5× a cold lint's wall time. */
const TARGET_MS = 5_000;
const RATIO_TARGET = 1.5;

export async function handbook(project: GeneratedProject, runs: number, log: (line: string) => void): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'cxgov-bench-handbook-'));
  try {
    const handbooks: ProcessRun[] = [];
    const lints: ProcessRun[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh folder each time: every run writes every page, as the first run in a project does.
      const out = join(scratch, `handbook-${i}`);
      const run = await runNode(CLI, ['handbook', project.root, '--out', out, '--today', TODAY], { env: { ...process.env, NO_COLOR: '1' } });
      if (run.exitCode !== 0) throw new Error(`cxgov handbook exited with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
      handbooks.push(run);
      log(`  handbook ${project.kpis}: ${Math.round(run.wallMs)} ms`);
      lints.push(await coldLint(project.root));
      log(`  lint ${project.kpis}: ${Math.round(lints.at(-1)!.wallMs)} ms`);
    }
    const wall = median(handbooks.map((run) => run.wallMs));
    const lintWall = median(lints.map((run) => run.wallMs));
    const judged = project.kpis === TARGET_SIZE;
    const size = project.kpis.toLocaleString('en-US');
    const rows: Row[] = [
      { metric: `handbook, ${size} KPIs: wall`, value: wall, unit: 'ms', ...(judged && { target: { op: '<', limit: TARGET_MS } }) },
      { metric: `handbook, ${size} KPIs: peak RSS`, value: median(handbooks.map((run) => run.maxRssMB)), unit: 'MB' },
      { metric: `handbook / lint cold wall, ${size} KPIs`, value: wall / lintWall, unit: 'x', ...(judged && { target: { op: '<=', limit: RATIO_TARGET } }) },
    ];
    const details = {
      handbook: handbooks.map(({ wallMs, cpuMs, maxRssMB }) => ({ wallMs, cpuMs, maxRssMB })),
      lint: lints.map(({ wallMs, cpuMs, maxRssMB }) => ({ wallMs, cpuMs, maxRssMB })),
    };
    return { rows, details };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
