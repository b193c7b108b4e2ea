// Cold `cxgov lint` as a user runs it: a fresh process over the whole project, JSON report.
import { CLI, TODAY } from '../paths.js';
import { runNode, type ProcessRun } from '../measureProcess.js';

export interface LintRun extends ProcessRun {
  /** The report's problems, to compare runs (a cached lint must find the same ones). */
  problems: unknown[];
}

/** Runs `cxgov lint DIR --format json` (plus `extra` flags); fails unless it exits 0 or 1 with a report. */
export async function lintProcess(root: string, extra: readonly string[] = [], cwd?: string): Promise<LintRun> {
  const run = await runNode(CLI, ['lint', root, '--format', 'json', '--today', TODAY, ...extra], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  if (run.exitCode !== 0 && run.exitCode !== 1) throw new Error(`cxgov lint ${extra.join(' ')} exited with ${run.exitCode}:\n${run.stderr.slice(-2000)}`);
  const report = JSON.parse(run.stdout) as { problems: unknown[] };
  return { ...run, problems: report.problems };
}

export function coldLint(root: string): Promise<LintRun> {
  return lintProcess(root);
}
