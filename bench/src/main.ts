// `npm run bench`: generates the projects, measures lint against the floor, the cached lint, the
// language server, the handbook, the diff of a change and the extension's activation, then prints a table and writes
// bench/results/latest.json. Progress goes to stderr, the table to stdout.
import { resolve } from 'node:path';
import type { GeneratedProject } from './generate.js';
import { activation } from './measure/activation.js';
import { cachedLint } from './measure/cachedLint.js';
import { diffReview } from './measure/diff.js';
import { handbook } from './measure/handbook.js';
import { lintVsFloor } from './measure/lintVsFloor.js';
import { languageServer } from './measure/server.js';
import { bigFileServer } from './measure/serverBigFile.js';
import { measuredWith } from './measureProcess.js';
import { parseOptions, USAGE, UsageError, type BenchOptions } from './options.js';
import { RESULTS_FILE } from './paths.js';
import { ensureProject, ensureSingleFileProject } from './projects.js';
import { machine, table, writeResults, type Measured, type Row } from './report.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function bench(options: BenchOptions): Promise<void> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const machineBefore = machine();
  const projects = options.sizes.map((size) => ensureProject(size, log));
  const largest = projects.at(-1)!;
  const rows: Row[] = [];
  const details: Record<string, unknown> = { sizes: options.sizes, resources: measuredWith() };
  const record = (name: string, measured: Measured) => {
    rows.push(...measured.rows);
    details[name] = measured.details;
  };

  let largestLint: { wallMs: number; problems: unknown[] } | undefined;
  if (!options.skipLint) {
    for (const project of projects) {
      log(`lint and floor, ${project.kpis} KPIs`);
      const measured = await lintVsFloor(project, options.runs, log);
      record(`lint-${project.kpis}`, measured);
      if (project === largest) largestLint = { wallMs: measured.lintWallMs, problems: measured.problems };
    }
    log(`lint --cache, ${largest.kpis} KPIs`);
    record('lintCache', await cachedLint(largest, options.runs, log));
  }
  if (!options.skipServer) {
    log(`language server, ${largest.kpis} KPIs`);
    const plan = { localEdits: options.localEdits, hotEdits: options.hotEdits, requests: options.requests, nodeArgs: serverNodeArgs(options) };
    record('server', await languageServer(largest, largestLint?.wallMs, plan, log));
  }
  if (options.singleFileSizes.length > 0) {
    const singles = options.singleFileSizes.map((megabytes) => ({ megabytes, project: ensureSingleFileProject(megabytes, log) }));
    log(`language server, one big file`);
    record('serverBigFile', await bigFileServer(singles, options.singleFileEdits, serverNodeArgs(options), log));
  }
  if (!options.skipHandbook) {
    log(`handbook, ${largest.kpis} KPIs`);
    record('handbook', await handbook(largest, options.runs, log));
  }
  if (!options.skipDiff) {
    log(`diff of 50 changed files, ${largest.kpis} KPIs`);
    record('diff', await diffReview(largest, options.runs, log));
  }
  record('activation', activation());

  const durationS = Math.round((performance.now() - started) / 1000);
  process.stdout.write(`\n${table(rows)}\n\n`);
  writeResults(RESULTS_FILE, { startedAt, durationS, machine: { ...machineBefore, loadAverageAtEnd: machine().loadAverage }, rows, details: { ...details, projects: projects.map(summary) } });
  const m = machineBefore;
  process.stdout.write(`${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, ${m.os}, Node ${m.node}; load average at start ${(m.loadAverage as number[]).join(' ')}; ${durationS} s in all.\nWritten to ${RESULTS_FILE}\n`);
}

/** Extra `node` flags for the language server: a CPU profile when asked. */
function serverNodeArgs(options: BenchOptions): string[] {
  return options.serverProfileDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(options.serverProfileDir)] : [];
}

function summary(project: GeneratedProject) {
  return { kpis: project.kpis, files: project.files };
}

try {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') process.stdout.write(USAGE);
  else await bench(options);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
