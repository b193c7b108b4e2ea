import type { Problem } from '../model/problem.js';
import { lint, type LintOptions, type LintResult } from '../project/lint.js';
import { applyEdits } from '../check/fixes/applyEdits.js';
import { MAX_FIX_PASSES, safeEditsByFile } from '../check/fixes/safeEdits.js';
import { parseSource } from '../source/sourceFile.js';
import { decodeText } from '../load/readSource.js';
import { readRegularFileSync } from '../util/regularFile.js';
import { isPathInside } from '../util/insideFolder.js';

/** What the fix passes did, in memory: nothing is written here. */
export interface FixRun {
  /** The lint of the last pass, over the fixed texts. */
  result: LintResult;
  /** The whole fixed text of each file a fix changed, by absolute path. */
  fixed: Map<string, string>;
  /** The text each fixed file had on disk when it was read: it is only written over while it is still there. */
  read: Map<string, string>;
  /** Files with fixes that changed on disk after the lint read them: not fixed. */
  changedMeanwhile: string[];
}

/**
 * Lints, applies the safe fixes of the problems `wanted` keeps to the texts in memory, and lints
 * again until no fix applies. Only the files the run reports on, inside the project, are fixed.
 */
export async function lintWithFixes(options: LintOptions, wanted: (problem: Problem) => boolean): Promise<FixRun> {
  const texts = new Map(options.texts ?? []);
  const run: FixRun = { result: await lint({ ...options, texts }), fixed: new Map(), read: new Map(), changedMeanwhile: [] };
  for (let pass = 0; pass < MAX_FIX_PASSES && run.result.report; pass++) {
    if (!fixOnePass(run, texts, wanted)) break;
    run.result = await lint({ ...options, texts });
  }
  return run;
}

/** Applies one pass of fixes to `texts`; whether any text changed. */
function fixOnePass(run: FixRun, texts: Map<string, string>, wanted: (problem: Problem) => boolean): boolean {
  const { project, report } = run.result;
  if (!project) return false;
  const selected = new Set(project.selected);
  const parsed = new Map(project.index.files.map((analysis) => [analysis.file.path, analysis.file.text]));
  const mayEdit = (file: string) => selected.has(file) && parsed.has(file) && isPathInside(file, project.settings.root) && !run.changedMeanwhile.includes(file);
  let changed = false;
  for (const [file, edits] of safeEditsByFile(report.problems.filter(wanted), mayEdit)) {
    const base = texts.get(file) ?? readText(file);
    // The edits are placed in the text the lint parsed: on any other text they would land wrong.
    if (base === undefined || parseSource(file, base, Infinity).text !== parsed.get(file)) {
      run.changedMeanwhile.push(file);
      continue;
    }
    if (!texts.has(file)) run.read.set(file, base);
    const next = applyEdits(base, edits);
    if (next === base) continue;
    texts.set(file, next);
    run.fixed.set(file, next);
    changed = true;
  }
  return changed;
}

/** A source's text as it is on disk now; undefined when it cannot be read as text any more. */
export function readText(file: string): string | undefined {
  try {
    const bytes = readRegularFileSync(file);
    const text = decodeText(bytes);
    // The decoder drops a byte-order mark; it is part of what is written back.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
    return typeof text === 'string' ? bom + text : undefined;
  } catch {
    return undefined;
  }
}
