import type { Problem } from '../model/problem.js';
import type { LintReport } from '../report/formatter.js';
import { runRules } from '../check/runRules.js';
import { RULES } from '../check/rules/index.js';
import { resolve } from 'node:path';
import { isPathInside } from '../util/insideFolder.js';
import { loadProject, type LoadOptions, type LoadedProject } from './loadProject.js';

/** How `--cache` tells a file unchanged: by what `stat` says of it, else by its content hash; or by its content hash only. */
export const CACHE_STRATEGIES = ['metadata', 'content'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];

export interface LintOptions extends LoadOptions {
  /** ISO date that date rules judge by; defaults to today's local date. */
  today?: string;
  /** With `cache`: see CACHE_STRATEGIES; `metadata` by default. */
  cacheStrategy?: CacheStrategy;
}

export type LintResult =
  | { report: LintReport; project: LoadedProject; configProblems: [] }
  | { report?: undefined; project?: undefined; configProblems: Problem[] };

/** A lint's report, or what stopped it: all `cxgov lint` prints. */
export type ReportResult = { report: LintReport; configProblems: [] } | { report?: undefined; configProblems: Problem[] };

/** Loads and lints a project (or the given files of it); the one call behind `cxgov lint`. */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const loaded = await loadProject(options);
  if (!loaded.project) return { configProblems: loaded.problems };
  const { project } = loaded;
  return lintReport(project, runRules(project.index, project.settings, options.today ?? localDate()), options);
}

/** The lint of a loaded project whose rules have run: `problems` (of the whole project) in the files the lint was asked about. */
export function lintReport(project: LoadedProject, problems: readonly Problem[], options: LintOptions): LintResult & { report: LintReport } {
  return { report: selectedReport(project, problems, options), project, configProblems: [] };
}

/** The report of the problems (of the whole project) in the files the lint was asked about. */
export function selectedReport(project: Pick<LoadedProject, 'settings' | 'selected'>, problems: readonly Problem[], options: LintOptions): LintReport {
  const selected = new Set(project.selected);
  const { configFile } = project.settings;
  // Problems in cxgov.yaml (its exceptions) are reported when the folder linted holds it, as a source would be.
  if (configFile && requested(options).some((path) => isPathInside(configFile, path))) selected.add(configFile);
  const shown = problems.filter((problem) => selected.has(problem.file));
  return { root: project.settings.root, problems: shown, files: project.selected, rules: RULES };
}

/** The absolute paths a lint was asked about (the working folder when none). */
function requested(options: LintOptions): string[] {
  const cwd = resolve(options.cwd ?? process.cwd());
  return (options.paths?.length ? options.paths : [cwd]).map((path) => resolve(cwd, path));
}

/** Today as YYYY-MM-DD in the local time zone. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
