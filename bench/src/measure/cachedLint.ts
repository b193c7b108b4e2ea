// A repeated `cxgov lint --cache` with nothing changed: the first run fills the cache, the second
// is timed and must report exactly what the cold lint reported. Skipped, with a note, while the
// CLI has no --cache.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeneratedProject } from '../generate.js';
import { CLI, PROJECTS_DIR, ROOT } from '../paths.js';
import { TARGET_SIZE } from '../options.js';
import type { Measured } from '../report.js';
import { coldLint, lintProcess } from './coldLint.js';

/** The target: under 1.5 s for 20,000 KPIs. */
const TARGET_MS = 1_500;

/** The lint flags the CLI offers, read from its help, so that the benchmark follows the CLI as it grows. */
function lintFlags(): string {
  return spawnSync(process.execPath, [CLI, 'lint', '--help'], { encoding: 'utf8' }).stdout ?? '';
}

export async function cachedLint(project: GeneratedProject, reference: unknown[] | undefined, log: (line: string) => void): Promise<Measured> {
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
  const again = await lintProcess(project.root, flags, project.root);
  log(`  lint --cache ${project.kpis}: first ${Math.round(first.wallMs)} ms, again ${Math.round(again.wallMs)} ms`);
  const expected = reference ?? (await coldLint(project.root)).problems;
  const same = JSON.stringify(again.problems) === JSON.stringify(expected);
  return {
    rows: [
      { metric, value: again.wallMs, unit: 'ms', ...judged, ...(!same && { note: 'DIFFERENT PROBLEMS from the cold lint' }) },
      { metric: `lint --cache, nothing changed, ${project.kpis.toLocaleString('en-US')} KPIs: peak RSS`, value: again.maxRssMB, unit: 'MB' },
    ],
    details: { flags: flags.map((flag) => (flag.startsWith(ROOT) ? relative(ROOT, flag) : flag)), first: { wallMs: first.wallMs, maxRssMB: first.maxRssMB }, again: { wallMs: again.wallMs, cpuMs: again.cpuMs, maxRssMB: again.maxRssMB }, sameProblems: same },
  };
}
