// `cxgov diff` over a change of 50 files in the 20,000-KPI project, as a process, against a cold
// `cxgov lint` of the same project, alternating so that a burst of load on the machine hits both alike.
// The project is committed into a throw-away git repository, then 50 of its files are edited.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedProject } from '../generate.js';
import { runNode } from '../measureProcess.js';
import { TARGET_SIZE } from '../options.js';
import { CLI, TODAY } from '../paths.js';
import type { Measured, Row } from '../report.js';
import { median } from '../stats.js';
import { againstColdLint } from './againstColdLint.js';

/** Files the change edits. */
const CHANGED_FILES = 50;
/** The target: the diff takes about the time of two lints. */
const RATIO_TARGET = 2;

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export async function diffReview(project: GeneratedProject, runs: number, log: (line: string) => void): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), 'cxgov-bench-diff-'));
  try {
    const repository = join(scratch, 'repository');
    const changed = committedChange(project.root, repository);
    log(`  diff ${project.kpis}: ${changed} files changed`);
    const measured = await againstColdLint('diff', repository, runs, async () => {
      const run = await runNode(CLI, ['diff', 'HEAD~1', 'HEAD', '--format', 'json', '--today', TODAY], { cwd: repository, env: { ...process.env, NO_COLOR: '1' } });
      if (run.exitCode !== 0) throw new Error(`cxgov diff exited with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
      const report = JSON.parse(run.stdout) as { changes: unknown[] };
      // A few generated files hold an id twice (the duplicate-id problem): their edits may pair as one change.
      if (report.changes.length < changed * 0.9) throw new Error(`cxgov diff found ${report.changes.length} changes in ${changed} changed files`);
      return run;
    }, log);
    const { wall, lintWall } = measured;
    const judged = project.kpis === TARGET_SIZE;
    const size = project.kpis.toLocaleString('en-US');
    const rows: Row[] = [
      { metric: `diff, ${size} KPIs, ${changed} files changed: wall`, value: wall, unit: 'ms' },
      { metric: `diff, ${size} KPIs: peak RSS`, value: median(measured.runs.map((run) => run.maxRssMB)), unit: 'MB' },
      { metric: `diff / lint cold wall, ${size} KPIs`, value: wall / lintWall, unit: 'x', ...(judged && { target: { op: '<=', limit: RATIO_TARGET } }) },
    ];
    return { rows, details: measured.details };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Commits a copy of the project, then a change to the description of 50 KPIs spread over it; returns the files changed. */
function committedChange(project: string, repository: string): number {
  cpSync(project, repository, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, env: GIT_ENV, stdio: ['ignore', 'ignore', 'pipe'] });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const kpiFiles = readdirSync(repository, { recursive: true, encoding: 'utf8' })
    .filter((path) => /kpi.*\.ya?ml$/.test(path))
    .sort();
  const step = Math.max(1, Math.floor(kpiFiles.length / CHANGED_FILES));
  const chosen = kpiFiles.filter((_, i) => i % step === 0).slice(0, CHANGED_FILES);
  for (const path of chosen) {
    const file = join(repository, path);
    writeFileSync(file, readFileSync(file, 'utf8').replace('description: ', 'description: Reworded. '));
  }
  git('commit', '-q', '-a', '-m', 'change');
  return chosen.length;
}
