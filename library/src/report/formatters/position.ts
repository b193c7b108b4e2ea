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

/** Roots already seen, and whether each is written plainly (absolute, normalized). */
const plainRoots = new Map<string, boolean>();

/** A `.` or `..` segment, an empty one, or a separator at either end. */
const UNPLAIN_TAIL = /(?:^|[\\/])\.\.?(?:[\\/]|$)|[\\/]{2}|^[\\/]|[\\/]$/;

/** `file` relative to `root`, with forward slashes on every platform (what CI tools and SARIF expect). */
export function relativeFile(root: string, file: string): string {
  // A report names thousands of files below its root, and `path.relative` resolves both paths
  // each time: for a plain path under a plain root, the rest of the path is the answer.
  let plainRoot = plainRoots.get(root);
  if (plainRoot === undefined) plainRoots.set(root, (plainRoot = path.isAbsolute(root) && path.normalize(root) === root && !root.endsWith(path.sep)));
  const tail = file.slice(root.length + 1);
  const relative = plainRoot && file[root.length] === path.sep && file.startsWith(root) && tail !== '' && !UNPLAIN_TAIL.test(tail) ? tail : path.relative(root, file);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}
