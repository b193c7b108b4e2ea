import pc from 'picocolors';
import type { Problem, Severity } from '../../model/problem.js';
import type { Formatter } from '../formatter.js';
import { ruleDocsUrl } from '../../check/rule.js';
import { toCliPosition, relativeFile } from './position.js';
import { countBySeverity, groupByFile, plural } from './problems.js';
import { messageOnOneLine, pathOpeningLine } from '../../util/controlCharacters.js';

type Colors = ReturnType<typeof pc.createColors>;
type Paint = (text: string) => string;

/** One row before colouring: the plain text of each cell, so widths ignore escape codes. */
interface Row {
  line: string;
  column: string;
  severity: Severity;
  message: string;
  rule: string;
}

/** ESLint-style output for people: one block per file, aligned rows, a summary; one line saying what was checked when clean. */
export const stylish: Formatter = (report, options) => {
  // A green CI log shows what was checked: an empty one cannot tell a clean project from no project.
  if (report.problems.length === 0) return `${plural(report.files.length, 'source')} checked, no problems.\n`;
  const colors = pc.createColors(options.color);
  const blocks = [...groupByFile(report.problems)].map(([file, problems]) =>
    [colors.underline(pathOpeningLine(relativeFile(report.root, file))), ...formatRows(problems.map(toRow), colors)].join('\n'),
  );
  return `\n${blocks.join('\n\n')}\n\n${summary(report.problems, colors)}\n`;
};

function toRow(problem: Problem): Row {
  const { line, column } = toCliPosition(problem);
  // A row is one terminal line: a multi-line message would break the columns (and could print a workflow command).
  const message = messageOnOneLine(problem.message);
  return { line: String(line), column: String(column), severity: problem.severity, message, rule: problem.rule };
}

/** Rows aligned in columns, as ESLint does: `  line:col  severity  message  rule`. */
function formatRows(rows: Row[], colors: Colors): string[] {
  const width = (pick: (row: Row) => string) => Math.max(...rows.map((row) => textWidth(pick(row))));
  const lineWidth = width((row) => row.line);
  const columnWidth = width((row) => row.column);
  const severityWidth = width((row) => row.severity);
  const messageWidth = width((row) => row.message);
  const paintSeverity = severityColors(colors);
  return rows.map((row) => {
    const position = `${row.line.padStart(lineWidth)}:${pad(row.column, columnWidth)}`;
    const severity = paintSeverity[row.severity](row.severity) + spaces(severityWidth - textWidth(row.severity));
    const message = row.message + spaces(messageWidth - textWidth(row.message));
    return `  ${colors.dim(position)}  ${severity}  ${message}  ${colors.dim(row.rule)}`;
  });
}

/** `✖ 4 problems (1 error, 2 warnings, 1 info)`, then the documentation page of each rule that fired. */
function summary(problems: readonly Problem[], colors: Colors): string {
  const counts = countBySeverity(problems);
  const paint = counts.error > 0 ? colors.red : counts.warning > 0 ? colors.yellow : colors.blue;
  const total = `✖ ${plural(problems.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  // A link per row would be noise; one link per rule that fired keeps every problem one click from its page.
  const rules = [...new Set(problems.map((problem) => problem.rule))].sort();
  const links = rules.map((rule) => `  ${rule}: ${ruleDocsUrl(rule)}`);
  return [colors.bold(paint(total)), '', colors.dim('How to fix (or run `cxgov explain RULE`):'), ...links.map((link) => colors.dim(link))].join('\n');
}

function severityColors(colors: Colors): Record<Severity, Paint> {
  return { error: colors.red, warning: colors.yellow, info: colors.blue };
}

/** Width in code points: right for accented letters; wide CJK or emoji may still shift a column. */
function textWidth(text: string): number {
  return [...text].length;
}

function pad(text: string, width: number): string {
  return text + spaces(width - textWidth(text));
}

function spaces(count: number): string {
  return ' '.repeat(Math.max(0, count));
}
