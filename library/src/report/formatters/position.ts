import path from 'node:path';
import type { Range } from '../../model/problem.js';

/** A range as people and CI tools count: lines and columns start at 1. */
export interface CliPosition {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The 1-based position of a problem (or of anything else with an LSP range). */
export function toCliPosition({ range }: { range: Range }): CliPosition {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** `file` relative to `root`, with forward slashes on every platform (what CI tools and SARIF expect). */
export function relativeFile(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
