import type { Severity } from '../../model/problem.js';
import type { Formatter } from '../formatter.js';
import { showInLog } from '../../util/controlCharacters.js';
import { relativeFile, toCliPosition } from './position.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** GitHub Actions workflow commands (`::error file=…::message`): annotations on the pull request diff. */
export const github: Formatter = (report) =>
  report.problems
    .map((problem) => {
      const { line, column, endLine, endColumn } = toCliPosition(problem);
      const properties = [
        `file=${escapeProperty(relativeFile(report.root, problem.file))}`,
        `line=${line}`,
        `col=${column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(problem.rule)}`,
      ];
      return `::${COMMAND[problem.severity]} ${properties.join(',')}::${escapeData(problem.message)}\n`;
    })
    .join('');

/**
 * The message after `::`, escaped as GitHub's own toolkit does: a newline would end the command,
 * `%` starts an escape. Control characters are shown as `\u` escapes first.
 */
export function escapeData(text: string): string {
  return showInLog(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the command's parts. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
