import { resolve } from 'node:path';
import type { Problem } from '../model/problem.js';
import { renderHandbook } from '../handbook/render.js';
import type { HandbookOptions, HandbookPage } from '../handbook/options.js';
import { lintReport, type LintOptions } from './lint.js';
import { runRules } from '../check/runRules.js';
import { UNDATED } from '../check/rule.js';
import { loadProject, type LoadedProject } from './loadProject.js';

export interface HandbookRunOptions extends Omit<LintOptions, 'paths' | 'today'>, Partial<HandbookOptions> {
  /** Output folder, relative to `cwd`; defaults to `handbook.out` of `cxgov.yaml`, relative to the project root. */
  out?: string;
}

export type HandbookResult =
  | { pages: HandbookPage[]; out: string; problems: readonly Problem[]; project: LoadedProject; configProblems: [] }
  | { pages?: undefined; configProblems: Problem[] };

/**
 * Lints the project around `cwd` and renders its handbook, in memory: the one call behind
 * `cxgov handbook` and the editor's "Generate handbook". The problems go into the handbook's
 * health section, so a project with errors still gets one. Nothing depends on the day: the
 * problems are judged `UNDATED`, so that `--check` answers the same on any day.
 */
export async function buildHandbook(options: HandbookRunOptions = {}): Promise<HandbookResult> {
  const lintOptions = { cwd: options.cwd, workers: options.workers, cache: options.cache };
  const loaded = await loadProject(lintOptions);
  if (!loaded.project) return { configProblems: loaded.problems };
  const { project } = loaded;
  // The rules run once: the health section lists every problem, the result those of the files asked about.
  const problems = runRules(project.index, project.settings, UNDATED);
  const { report } = lintReport(project, problems, lintOptions);
  const settings = project.settings.handbook;
  const out = options.out !== undefined ? resolve(options.cwd ?? process.cwd(), options.out) : resolve(project.settings.root, settings.out);
  const pages = renderHandbook({
    index: project.index,
    settings: project.settings,
    problems,
    options: {
      title: options.title ?? settings.title,
      singlePage: options.singlePage ?? settings.singlePage,
      frontMatter: options.frontMatter ?? settings.frontMatter,
      health: settings.health,
    },
  });
  return { pages, out, problems: report.problems, project, configProblems: [] };
}
