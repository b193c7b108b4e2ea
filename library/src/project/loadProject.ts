import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import { buildProjectIndex } from '../model/projectIndex.js';
import { findConfigFile } from '../load/findProject.js';
import { findSources } from '../load/findSources.js';
import { defaultSettings, resolveSettings } from '../load/resolveSettings.js';
import type { Settings } from '../load/settings.js';
import { cacheFileFor } from '../scale/analysisCache.js';
import { analyzeAndCache, type AnalyzedSources, type AnalyzeOptions } from './analyzeSources.js';
import { analyzeFile } from '../check/analyzeFile.js';
import { parseSource, unreadableSource } from '../source/sourceFile.js';
import { expandNamedPaths, type NamedPath } from './namedPaths.js';
import { linkLeavesReason } from '../load/namedFile.js';

/** A loaded project: its settings, its indexed sources, and which of them the user asked about. */
export interface LoadedProject {
  settings: Settings;
  index: ProjectIndex;
  /** Absolute paths of the files to report on (all sources when no paths were given). */
  selected: readonly string[];
}

export type LoadResult = { project: LoadedProject; problems: [] } | { project?: undefined; problems: Problem[] };

export interface LoadOptions extends AnalyzeOptions {
  /** Folder that relative paths start from; defaults to the process's working folder. */
  cwd?: string;
  /** Files, folders or glob patterns to check; defaults to the whole project around `cwd`. */
  paths?: readonly string[];
  /**
   * Sources whose text is given rather than read, by absolute path (standard input, or fixes not
   * yet written); the rest of the project is read from disk. A given file need not exist.
   */
  texts?: ReadonlyMap<string, string>;
}

/**
 * Finds the project around the given paths (`cxgov.yaml` upward), reads every source and indexes
 * it, so that references resolve across the whole project even when only some files are checked.
 * Configuration and usage problems come back as problems, never as exceptions.
 */
export async function loadProject(options: LoadOptions = {}): Promise<LoadResult> {
  const planned = await planLoad(options);
  if (!planned.plan) return { problems: planned.problems };
  const loaded = await loadPlanned(planned.plan);
  loaded.saveCache();
  return { project: loaded.project, problems: [] };
}

/** What a load reads, decided before anything is: the settings, the files, and how to read them. */
export interface LoadPlan {
  settings: Settings;
  /** Every file of the load, sorted: the project's sources and the files named. */
  all: readonly string[];
  /** The files to report on, sorted. */
  selected: readonly string[];
  /** Files named that are not read, with the reason. */
  refused: ReadonlyMap<string, string>;
  /** The files read from disk, in `all`'s order: all but the refused and those given as texts. */
  readable: readonly string[];
  texts: ReadonlyMap<string, string>;
  workers: AnalyzeOptions['workers'];
  cacheFile: string | undefined;
}

/** Finds the project and its files (see `loadProject`) without reading any source. */
export async function planLoad(options: LoadOptions = {}): Promise<{ plan: LoadPlan; problems: [] } | { plan?: undefined; problems: Problem[] }> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const texts = options.texts ?? new Map<string, string>();
  const named = await expandNamedPaths(options.paths?.length ? options.paths : [cwd], cwd);
  const wrong = named.flatMap((entry) => namingProblems(entry, cwd, texts));
  if (wrong.length > 0) return { problems: wrong };
  const paths = named.flatMap((entry) => (entry.pattern === undefined ? [entry.path] : entry.matches));

  const configFile = findConfigFile(paths[0]!);
  let settings: Settings;
  if (configFile) {
    const resolved = await resolveSettings(configFile);
    if (!resolved.settings) return { problems: resolved.problems };
    settings = resolved.settings;
  } else {
    settings = defaultSettings(cwd);
  }

  const projectSources = configFile ? await findSources(settings) : [];
  const selected = new Set<string>();
  /** Files named on the command line that are not read, with the reason. */
  const refused = new Map<string, string>();
  /** What a pattern's matches may be: the project's sources (as ESLint keeps to the files its config covers). */
  let sources: Promise<Set<string>> | undefined;
  const patternProblems: Problem[] = [];
  for (const entry of named) {
    if (entry.pattern !== undefined) {
      sources ??= configFile ? Promise.resolve(new Set(projectSources)) : findSources(settings, cwd).then((found) => new Set(found));
      const known = await sources;
      const chosen = entry.matches.filter((match) => known.has(match));
      if (chosen.length === 0) patternProblems.push(usageProblem(resolve(cwd, entry.pattern), noSourceMatches(entry.pattern, entry.matches.length, settings)));
      chosen.forEach((file) => selected.add(file));
    } else if (texts.has(entry.path) || !statSync(entry.path).isDirectory()) {
      selected.add(entry.path);
      const reason = texts.has(entry.path) ? undefined : linkLeavesReason(entry.path, configFile ? settings.root : undefined);
      if (reason) refused.set(entry.path, reason);
    } else if (configFile) projectSources.filter((file) => isInside(file, entry.path)).forEach((file) => selected.add(file));
    else (await findSources(settings, entry.path)).forEach((file) => selected.add(file));
  }
  if (patternProblems.length > 0) return { problems: patternProblems };
  if (selected.size === 0) return { problems: [nothingToCheck(settings, configFile, paths, cwd)] };
  const all = [...new Set([...projectSources, ...selected])].sort();
  const cacheFile = options.cache ? cacheFileFor(options.cache, cwd, settings.root) : undefined;
  const readable = all.filter((path) => !refused.has(path) && !texts.has(path));
  return { plan: { settings, all, selected: [...selected].sort(), refused, readable, texts, workers: options.workers, cacheFile }, problems: [] };
}

/**
 * Reads and indexes the files of a plan; `hashes`, when given, are the content hashes of its
 * readable files, already taken. The cache file, if any, is written by `saveCache` (with the
 * whole result of a lint, when the caller has it).
 */
export async function loadPlanned(plan: LoadPlan, hashes?: readonly string[]): Promise<{ project: LoadedProject } & Pick<AnalyzedSources, 'records' | 'saveCache'>> {
  const { settings, all, readable, refused, texts } = plan;
  const analyzed = await analyzeAndCache(readable, { workers: plan.workers, cacheFile: plan.cacheFile, maxFileSize: settings.maxFileSize, hashes });
  const read = new Map(readable.map((path, i) => [path, analyzed.analyses[i]!]));
  const files = all.map((path) => read.get(path) ?? analyzeFile(texts.has(path) ? parseSource(path, texts.get(path)!, settings.maxFileSize) : unreadableSource(path, refused.get(path)!)));
  return { project: { settings, index: buildProjectIndex(files), selected: plan.selected }, records: analyzed.records, saveCache: analyzed.saveCache };
}

/** A named path that does not exist, or a pattern that matches no file: what `cxgov lint` cannot start from. */
function namingProblems(entry: NamedPath, cwd: string, texts: ReadonlyMap<string, string>): Problem[] {
  if (entry.pattern !== undefined) {
    return entry.matches.length > 0 ? [] : [usageProblem(resolve(cwd, entry.pattern), `No files matching the pattern "${entry.pattern}" were found.`)];
  }
  return exists(entry.path) || texts.has(entry.path) ? [] : [usageProblem(entry.path, `No such file or folder: ${entry.path}`)];
}

function noSourceMatches(pattern: string, fileCount: number, settings: Settings): string {
  const globs = settings.include.map((glob) => `"${glob}"`).join(', ');
  return `"${pattern}" matches no source: ${fileCount === 1 ? '1 file matches it, but it is' : `${fileCount} files match it, but none is`} among the sources (sources.include ${globs}).`;
}

/** Why a run found no source to check: what it looked for and where (a run over nothing is never a success). */
function nothingToCheck(settings: Settings, configFile: string | undefined, paths: readonly string[], cwd: string): Problem {
  const globs = settings.include.map((glob) => `"${glob}"`).join(', ');
  const where = paths.map((path) => `"${relative(cwd, path) || '.'}"`).join(', ');
  if (configFile) {
    return usageProblem(configFile, `No source to check: sources.include (${globs}) matches no file in ${where}. Fix the globs in cxgov.yaml, or name a folder of the project that holds sources.`);
  }
  return usageProblem(paths[0]!, `No source to check in ${where}: there is no cxgov.yaml in it or above it, and no file matches the default sources (${globs}). Create a project with "cxgov init", or name the files to check.`);
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

function usageProblem(file: string, message: string): Problem {
  return { rule: 'usage', severity: 'error', file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message };
}
