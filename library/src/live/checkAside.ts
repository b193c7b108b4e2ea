import type { Problem } from '../model/problem.js';
import type { Settings } from '../load/settings.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { buildProjectIndex, type LiveIndex } from '../model/projectIndex.js';
import { compareProblems, runRules } from '../check/runRules.js';
import { asIsProblems } from './asIsProblems.js';
import { enabledRules } from './problemStore.js';

/**
 * What `cxgov lint` would report in a text that is no source (an editor's untitled buffer) were it
 * one more source of a project: `withIt` indexes the project's sources and it. The sources' own
 * problems are not reported.
 */
export function checkAside(analysis: FileAnalysis, withIt: LiveIndex, settings: Settings, today: string): Problem[] {
  return (asIsProblems(withIt, [analysis], settings, today).get(analysis.file.path) ?? []).sort(compareProblems);
}

/**
 * What a text shows alone, with no project to check it against: its syntax, its shape and the
 * other rules that read one file, never an id it cannot look up.
 */
export function checkAlone(analysis: FileAnalysis, settings: Settings, today: string): Problem[] {
  return runRules(buildProjectIndex([analysis]), settings, today, enabledRules(settings).fileRules);
}
