import { relative } from 'node:path';
import type { Problem } from '../model/problem.js';
import { messageOnOneLine, pathOpeningLine } from '../util/controlCharacters.js';

/** Whether standard output gets colour: only on a terminal, never with NO_COLOR, always with FORCE_COLOR. */
export function useColor(stream: NodeJS.WriteStream = process.stdout): boolean {
  const env = process.env;
  if ('NO_COLOR' in env && env.NO_COLOR !== '') return false;
  if ('FORCE_COLOR' in env && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Why a command stopped before checking anything, for standard error: a broken cxgov.yaml, or nothing to check. */
export function describeStop(problems: readonly Problem[]): string {
  const heading = problems.every((problem) => problem.rule === 'config') ? 'the configuration is not valid' : 'nothing was checked';
  return `cxgov: ${heading}:\n${describeProblems(problems)}\n`;
}

/** One line per problem for standard error: `file:line:column: message`, control characters shown as `\u` escapes. */
export function describeProblems(problems: readonly Problem[], cwd = process.cwd()): string {
  return problems
    .map((problem) => {
      const file = pathOpeningLine(relative(cwd, problem.file) || problem.file);
      return `${file}:${problem.range.start.line + 1}:${problem.range.start.character + 1}: ${messageOnOneLine(problem.message)}`;
    })
    .join('\n');
}
