import type { Problem } from '../model/problem.js';
import { buildProjectIndex, type LiveIndex } from '../model/projectIndex.js';
import type { Settings } from '../load/settings.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { runRules } from '../check/runRules.js';
import { view } from './indexView.js';
import { enabledRules, partsOf } from './problemStore.js';

/**
 * What `cxgov lint` reports in some files of the project as it is (`actual`: every source's
 * current analysis), per file. Rules that read one file run over those files alone, linked rules
 * over a view of them (their scope's promise), and the others over the whole project.
 */
export function asIsProblems(actual: LiveIndex, files: readonly FileAnalysis[], settings: Settings, today: string): Map<string, Problem[]> {
  const { fileRules, otherRules } = enabledRules(settings);
  const found = fileRules.length > 0 ? runRules(buildProjectIndex(files), settings, today, fileRules) : [];
  for (const rule of otherRules) {
    const { scope } = rule;
    if (scope.kind !== 'linked') found.push(...runRules(actual, settings, today, [rule]));
    else for (const kind of partsOf(rule)) found.push(...runRules(view(actual, files, scope.entities, kind), settings, today, [rule]));
  }
  const byFile = new Map<string, Problem[]>(files.map((analysis) => [analysis.file.path, []]));
  for (const problem of found) byFile.get(problem.file)?.push(problem);
  return byFile;
}
