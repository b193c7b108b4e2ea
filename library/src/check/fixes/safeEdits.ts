import type { Position, Problem, TextEdit } from '../../model/problem.js';
import { safeFix } from './safeFix.js';

/** As ESLint: fixes that keep making new fixes possible stop after this many passes. */
export const MAX_FIX_PASSES = 10;

/**
 * The edits of the safe fixes of these problems, by file. A fix is taken whole or not at all: not
 * when it would edit a file `mayEdit` refuses, nor when it overlaps a fix already taken (that one
 * waits for the next pass, as ESLint does).
 */
export function safeEditsByFile(problems: readonly Problem[], mayEdit: (file: string) => boolean): Map<string, TextEdit[]> {
  const byFile = new Map<string, TextEdit[]>();
  for (const problem of problems) {
    const fix = safeFix(problem);
    if (!fix || fix.edits.length === 0 || !fix.edits.every((edit) => mayEdit(edit.file))) continue;
    if (fix.edits.some((edit) => (byFile.get(edit.file) ?? []).some((taken) => overlaps(taken, edit)))) continue;
    for (const edit of fix.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
  }
  return byFile;
}

/** Whether two edits touch the same text (two insertions at one place count as touching). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return before(a.range.start, b.range.end) && before(b.range.start, a.range.end);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}
