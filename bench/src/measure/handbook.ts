// `cxgov handbook` over the whole project, as a process, into a throw-away folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedProject } from '../generate.js';
import { runNode } from '../measureProcess.js';
import { TARGET_SIZE } from '../options.js';
import { CLI, TODAY } from '../paths.js';
import type { Measured } from '../report.js';

/** The target for 20,000 KPIs: under 5 s. */
const TARGET_MS = 5_000;

export async function handbook(project: GeneratedProject): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'cxgov-bench-handbook-'));
  try {
    const run = await runNode(CLI, ['handbook', project.root, '--out', join(scratch, 'handbook'), '--today', TODAY], { env: { ...process.env, NO_COLOR: '1' } });
    if (run.exitCode !== 0) throw new Error(`cxgov handbook exited with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
    const size = project.kpis.toLocaleString('en-US');
    const judged = project.kpis === TARGET_SIZE ? { target: { op: '<' as const, limit: TARGET_MS } } : {};
    return {
      rows: [
        { metric: `handbook, ${size} KPIs: wall`, value: run.wallMs, unit: 'ms', ...judged },
        { metric: `handbook, ${size} KPIs: peak RSS`, value: run.maxRssMB, unit: 'MB' },
      ],
      details: { wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssMB: run.maxRssMB },
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
