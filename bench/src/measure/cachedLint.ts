// A repeated `cxgov lint --cache` with nothing changed: the first run fills the cache, then cached
// and cold runs alternate (so that a burst of load hits both alike); each cached run must report
// exactly what the cold lint reported. Reports the medians and their ratio. Skipped, with a note,
// while the CLI has no --cache.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeneratedProject } from '../generate.js';
import { CLI, PROJECTS_DIR, ROOT } from '../paths.js';
import { TARGET_SIZE } from '../options.js';
import type { Measured } from '../report.js';
import { median } from '../stats.js';
import { lintProcess, type LintRun } from './coldLint.js';

/** The targets for 20,000 KPIs: under 1.5 s, and at most 0.3× a cold lint in the same run. */
const TARGET_MS = 1_500;
const RATIO_TARGET = 0.3;

/** The lint flags the CLI offers, read from its help, so that the benchmark follows the CLI as it grows. */
function lintFlags(): string {
  return spawnSync(process.execPath, [CLI, 'lint', '--help'], { encoding: 'utf8' }).stdout ?? '';
}

/** `runs` cached and cold runs, alternating, after the run that fills the cache. */
export async function cachedLint(project: GeneratedProject, runs: number, log: (line: string) => void): Promise<Measured> {
  const metric = `lint --cache, nothing changed, ${project.kpis.toLocaleString('en-US')} KPIs: wall`;
  const judged = project.kpis === TARGET_SIZE ? { target: { op: '<' as const, limit: TARGET_MS } } : {};
  const help = lintFlags();
  if (!/--cache\b/.test(help)) {
    return { rows: [{ metric, unit: 'ms', ...judged, note: 'not measured: `cxgov lint --help` lists no --cache yet' }], details: { skipped: 'no --cache' } };
  }
  // A cache of our own, emptied first, when the CLI lets us place it; else wherever the CLI puts it.
  const location = join(PROJECTS_DIR, `lint-cache-${project.kpis}`);
  const flags = ['--cache'];
  if (/--cache-location\b/.test(help)) {
    rmSync(location, { recursive: true, force: true });
    mkdirSync(location, { recursive: true });
    flags.push('--cache-location', join(location, 'cache'));
  }
  const first = await lintProcess(project.root, flags, project.root);
  const cached: LintRun[] = [];
  const cold: LintRun[] = [];
  for (let i = 0; i < runs; i++) {
    cached.push(await lintProcess(project.root, flags, project.root));
    // From the same folder: the report names files relative to it.
    cold.push(await lintProcess(project.root, [], project.root));
    log(`  lint --cache ${project.kpis}: again ${Math.round(cached.at(-1)!.wallMs)} ms, cold ${Math.round(cold.at(-1)!.wallMs)} ms`);
  }
  const expected = JSON.stringify(cold[0]!.problems);
  const same = [...cached, ...cold].every((run) => JSON.stringify(run.problems) === expected);
  const again = { wallMs: median(cached.map((run) => run.wallMs)), cpuMs: median(cached.map((run) => run.cpuMs)), maxRssMB: median(cached.map((run) => run.maxRssMB)) };
  const coldWallMs = median(cold.map((run) => run.wallMs));
  const size = project.kpis.toLocaleString('en-US');
  return {
    rows: [
      { metric, value: again.wallMs, unit: 'ms', ...judged, ...(!same && { note: 'DIFFERENT PROBLEMS from the cold lint' }) },
      { metric: `lint --cache, nothing changed, ${size} KPIs: peak RSS`, value: again.maxRssMB, unit: 'MB' },
      { metric: `lint --cache, nothing changed / lint cold wall, ${size} KPIs`, value: again.wallMs / coldWallMs, unit: 'x', ...(project.kpis === TARGET_SIZE && { target: { op: '<=', limit: RATIO_TARGET } }) },
    ],
    details: { flags: flags.map((flag) => (flag.startsWith(ROOT) ? relative(ROOT, flag) : flag)), first: { wallMs: first.wallMs, maxRssMB: first.maxRssMB }, again, coldWallMs, sameProblems: same },
  };
}
