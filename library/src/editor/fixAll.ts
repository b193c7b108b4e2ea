import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { Problem } from '../model/problem.js';
import type { Settings } from '../load/settings.js';
import { analyzeFile } from '../check/analyzeFile.js';
import { runRules } from '../check/runRules.js';
import { applyEdits } from '../check/fixes/applyEdits.js';
import { MAX_FIX_PASSES, safeEditsByFile } from '../check/fixes/safeEdits.js';
import { buildProjectIndex } from '../model/projectIndex.js';
import { parseSource } from '../source/sourceFile.js';

/** The project as an editor sees it, and the file to fix in it. */
export interface FixAllInput {
  /** The current analysis of every source of the project (the file to fix among them). */
  files: readonly FileAnalysis[];
  /** The file to fix (absolute path). */
  path: string;
  settings: Settings;
  today: string;
  /** The file's problems as they stand, when already known: they spare the first pass's check. */
  problems?: readonly Problem[];
}

/**
 * The text of one source after the safe fixes `cxgov lint --fix <file>` applies to it, pass after
 * pass, the rest of the project as given (texts not yet saved included); undefined when no fix
 * applies. Only fixes that edit this file alone are taken, as the command line fixes only the
 * files it is given.
 */
export function fixAllText({ files, path, settings, today, problems }: FixAllInput): string | undefined {
  const others = files.filter((analysis) => analysis.file.path !== path);
  const start = files.find((analysis) => analysis.file.path === path);
  if (!start) return undefined;
  let current = start;
  let shown = problems ?? problemsOf([...others, current], path, settings, today);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = safeEditsByFile(shown, (file) => file === path).get(path);
    if (!edits) break;
    const next = applyEdits(current.file.text, edits);
    if (next === current.file.text) break;
    current = analyzeFile(parseSource(path, next, settings.maxFileSize));
    shown = problemsOf([...others, current], path, settings, today);
  }
  return current === start ? undefined : current.file.text;
}

function problemsOf(files: readonly FileAnalysis[], path: string, settings: Settings, today: string): Problem[] {
  return runRules(buildProjectIndex(files), settings, today).filter((problem) => problem.file === path);
}
