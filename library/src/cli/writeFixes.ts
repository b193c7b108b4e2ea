import { displayPath } from './environmentError.js';
import { writeWhole } from './writeWhole.js';
import { readText, type FixRun } from './fixPasses.js';

/**
 * Writes each fixed file whole or not at all, and only while its disk content is still the text
 * the fixes were made on: an edit saved meanwhile is never lost. Returns one note per file left as
 * it was.
 */
export function writeFixes(run: FixRun): string[] {
  const notes = run.changedMeanwhile.map(changedNote);
  for (const [file, text] of run.fixed) {
    if (readText(file) !== run.read.get(file)) {
      notes.push(changedNote(file));
      continue;
    }
    writeWhole(file, text);
  }
  return notes;
}

function changedNote(file: string): string {
  return `${displayPath(file)} changed on disk while cxgov was fixing it; it was not fixed. Run cxgov lint --fix again.`;
}
