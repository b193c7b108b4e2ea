import { relative, sep } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { DiffProblem, DiffReport } from './diffReport.js';

/**
 * Problems at BASE and HEAD matched by rule, entity and message, never by line (which moves with
 * any edit above): the ones only at HEAD are introduced, only at BASE fixed. Line numbers inside
 * a message ("first defined at line 12") are not compared either.
 */
export function matchProblems(base: readonly Problem[], head: readonly Problem[], repository: string): DiffReport['problems'] {
  const remaining = new Map<string, number>();
  for (const problem of base) remaining.set(problemKey(problem, repository), (remaining.get(problemKey(problem, repository)) ?? 0) + 1);
  const introduced: DiffProblem[] = [];
  let unchanged = 0;
  for (const problem of head) {
    const key = problemKey(problem, repository);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      unchanged++;
    } else introduced.push(diffProblem(problem, repository));
  }
  const fixed: DiffProblem[] = [];
  for (const problem of base) {
    const key = problemKey(problem, repository);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      fixed.push(diffProblem(problem, repository));
    }
  }
  return { introduced, fixed, unchanged };
}

/** Rule, entity (or file, for a problem about no entity) and message with its positions blanked. */
function problemKey(problem: Problem, repository: string): string {
  const where = problem.entity ?? repositoryPath(problem.file, repository);
  return `${problem.rule}\0${problem.severity}\0${where}\0${problem.message.replace(/(\bline |:)\d+(:\d+)?/g, '$1#')}`;
}

/** A problem as the diff report shows it: path relative to the repository, 1-based position. */
export function diffProblem(problem: Problem, repository: string): DiffProblem {
  return {
    rule: problem.rule,
    severity: problem.severity,
    ...(problem.entity !== undefined && { entity: problem.entity }),
    file: repositoryPath(problem.file, repository),
    line: problem.range.start.line + 1,
    column: problem.range.start.character + 1,
    message: problem.message,
  };
}

/** A path relative to the repository, `/`-separated whatever the system. */
export function repositoryPath(file: string, repository: string): string {
  return relative(repository, file).split(sep).join('/');
}
