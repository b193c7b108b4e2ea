import type { Problem, Severity } from '../../model/problem.js';
import type { LintReport } from '../formatter.js';

/** Problems grouped by file, keeping the order in which files and problems arrive. */
export function groupByFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) {
    const group = groups.get(problem.file);
    if (group) group.push(problem);
    else groups.set(problem.file, [problem]);
  }
  return groups;
}

/** How many problems there are of each severity. */
export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}

/** "1 error", "2 warnings", "3 infos". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Every checked file in the report's order, then any file that has problems but was not listed (e.g. the config). */
export function checkedFiles(report: LintReport, byFile: ReadonlyMap<string, readonly Problem[]>): string[] {
  const listed = new Set(report.files);
  return [...report.files, ...[...byFile.keys()].filter((file) => !listed.has(file))];
}
