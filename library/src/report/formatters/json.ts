import type { Problem } from '../../model/problem.js';
import { ruleDocsUrl } from '../../check/rule.js';
import { safeFix } from '../../check/fixes/safeFix.js';
import type { Formatter, LintReport } from '../formatter.js';
import { jsonForLog } from '../../util/controlCharacters.js';
import { relativeFile, toCliPosition, type CliPosition } from './position.js';
import { checkedFiles, groupByFile } from './problems.js';

/** One problem as `--format json` prints it: 1-based positions, the file relative to the root. */
export interface JsonProblem {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** The rule's documentation page; null for a problem that comes from no rule. */
  docsUrl: string | null;
  /** What an editor offers; `--fix` applies the fix when it is the only one. */
  fixes: JsonFix[];
}

export interface JsonFix {
  title: string;
  /** Replace each range (1-based, end exclusive) with `text`. */
  edits: (CliPosition & { file: string; text: string })[];
}

/** How many problems of each kind, for one file or the whole run (ESLint's names). */
export interface JsonCounts {
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

/** One checked file: its counts and, after `--fix-dry-run`, its whole fixed text (`output`, as ESLint). */
export interface JsonFile extends JsonCounts {
  file: string;
  output?: string;
}

/** `{"problems": [...], "files": [...], "totals": {...}}`: the scripting contract. */
export const json: Formatter = (report) => {
  const problems = report.problems.map((problem) => toJsonProblem(problem, report));
  const byFile = groupByFile(report.problems);
  const files = checkedFiles(report, byFile).map((file): JsonFile => {
    const output = report.fixedTexts?.get(file);
    return { file: relativeFile(report.root, file), ...countProblems(byFile.get(file) ?? []), ...(output !== undefined && { output }) };
  });
  return `${jsonForLog(JSON.stringify({ problems, files, totals: countProblems(report.problems) }, null, 2))}\n`;
};

function toJsonProblem(problem: Problem, report: LintReport): JsonProblem {
  // Built key by key so the order (and the set of keys) is the documented one.
  return {
    rule: problem.rule,
    severity: problem.severity,
    file: relativeFile(report.root, problem.file),
    ...toCliPosition(problem),
    message: problem.message,
    docsUrl: report.rules.some((rule) => rule.id === problem.rule) ? ruleDocsUrl(problem.rule) : null,
    fixes: (problem.fixes ?? []).map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ file: relativeFile(report.root, edit.file), ...toCliPosition(edit), text: edit.newText })),
    })),
  };
}

function countProblems(problems: readonly Problem[]): JsonCounts {
  const counts: JsonCounts = { errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const problem of problems) {
    const fixable = safeFix(problem) !== undefined;
    if (problem.severity === 'error') {
      counts.errorCount += 1;
      if (fixable) counts.fixableErrorCount += 1;
    } else if (problem.severity === 'warning') {
      counts.warningCount += 1;
      if (fixable) counts.fixableWarningCount += 1;
    } else counts.infoCount += 1;
  }
  return counts;
}
