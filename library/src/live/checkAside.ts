import type { Problem } from '../model/problem.js';
import type { Settings } from '../load/settings.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { buildProjectIndex, LiveIndex } from '../model/projectIndex.js';
import { compareProblems, runRules } from '../check/runRules.js';
import { asIsProblems } from './asIsProblems.js';
import { enabledRules } from './problemStore.js';

/**
 * What `cxgov lint` would report in a text that is no source (an editor's untitled buffer) were it
 * one more source of the project whose sources are given; the sources' own problems are not
 * touched. Without sources (no project to check it against), what the text shows alone: its
 * syntax, its shape and the other rules that read one file, never an id it cannot look up.
 */
export function checkAside(analysis: FileAnalysis, sources: Iterable<FileAnalysis> | undefined, settings: Settings, today: string): Problem[] {
  if (!sources) return runRules(buildProjectIndex([analysis]), settings, today, enabledRules(settings).fileRules);
  const problems = asIsProblems(new LiveIndex([...sources, analysis]), [analysis], settings, today).get(analysis.file.path) ?? [];
  return problems.sort(compareProblems);
}
