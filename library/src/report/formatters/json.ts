import type { Formatter } from '../formatter.js';
import { jsonForLog } from '../../util/controlCharacters.js';
import { relativeFile, toCliPosition } from './position.js';

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
}

/** `{"problems": [...]}` with 1-based positions and files relative to the root: the scripting contract. */
export const json: Formatter = (report) => {
  const problems = report.problems.map((problem): JsonProblem => {
    const { line, column, endLine, endColumn } = toCliPosition(problem);
    // Built key by key so the order (and the set of keys) is the documented one.
    return {
      rule: problem.rule,
      severity: problem.severity,
      file: relativeFile(report.root, problem.file),
      line,
      column,
      endLine,
      endColumn,
      message: problem.message,
    };
  });
  return `${jsonForLog(JSON.stringify({ problems }, null, 2))}\n`;
};
