import type { Problem } from '../model/problem.js';
import { buildProjectIndex, type LiveIndex } from '../model/projectIndex.js';
import type { Settings } from '../load/settings.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { checkRules, judgeSuppressions } from '../check/runRules.js';
import type { CheckedProblem } from '../check/rule.js';
import { view } from './indexView.js';
import { enabledRules, partsOf } from './problemStore.js';

/**
 * What `cxgov lint` reports in some files of the project as it is (`actual`: every source's
 * current analysis), per file. Rules that read one file run over those files alone, linked rules
 * over a view of them (their scope's promise), and the others over the whole project.
 */
export function asIsProblems(actual: LiveIndex, files: readonly FileAnalysis[], settings: Settings, today: string): Map<string, Problem[]> {
  const { fileRules, otherRules } = enabledRules(settings);
  const found: CheckedProblem[] = fileRules.length > 0 ? checkRules(buildProjectIndex(files), settings, today, fileRules) : [];
  for (const rule of otherRules) {
    const { scope } = rule;
    if (scope.kind !== 'linked') found.push(...checkRules(actual, settings, today, [rule]));
    else for (const kind of partsOf(rule)) found.push(...checkRules(view(actual, files, scope.entities, kind), settings, today, [rule]));
  }
  // Their disable comments are judged on what the rules found in them now, as lint judges them.
  const shown: Problem[] = found.filter((problem) => !problem.silencedBy);
  shown.push(...judgeSuppressions(view(actual, files, 'project'), settings, today, found, false));
  const byFile = new Map<string, Problem[]>(files.map((analysis) => [analysis.file.path, []]));
  for (const problem of shown) byFile.get(problem.file)?.push(problem);
  return byFile;
}
