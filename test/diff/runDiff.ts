import type { DiffReport } from 'cxgov';
import { runCli, type CliRun } from '../helpers/runCli.js';
import type { GitRepository } from './gitRepository.js';
import { BASE_FILES, HEAD_EDITS } from './reviewScenario.js';

/** The date the review rules judge by in every diff test. */
export const TODAY = '2026-11-23';

/** `cxgov diff ARGS --format json` in `cwd` (the repository's top by default): exit code and the parsed report. */
export function diffJson(repository: GitRepository, args: readonly string[], cwd = repository.root): { run: CliRun; report: DiffReport } {
  const run = runCli(['diff', ...args, '--format', 'json', '--today', TODAY], cwd);
  if (run.status !== 0 && run.status !== 1) throw new Error(`cxgov diff exited ${run.status}: ${run.stderr}`);
  return { run, report: JSON.parse(run.stdout) as DiffReport };
}

/** A change as one line: risk, what happened, kind and id (and the old id of a rename). */
export function changeLine(change: DiffReport['changes'][number]): string {
  return `${change.risk} ${change.change} ${change.kind} ${change.id}${change.previousId ? ` (was ${change.previousId})` : ''}`;
}

/** The review scenario committed: BASE on `main`, the change on branch `change`. */
export function commitScenario(repository: GitRepository): void {
  repository.commit('base', BASE_FILES);
  repository.git('checkout', '-q', '-b', 'change');
  repository.commit('change', HEAD_EDITS);
}
