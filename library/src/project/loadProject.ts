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
import { analyzeSources, type AnalyzeOptions } from './analyzeSources.js';
import { analyzeFile } from '../check/analyzeFile.js';
import { unreadableSource } from '../source/sourceFile.js';
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
  /** Files or folders to check; defaults to the whole project around `cwd`. */
  paths?: readonly string[];
}

/**
 * Finds the project around the given paths (`cxgov.yaml` upward), reads every source and indexes
 * it, so that references resolve across the whole project even when only some files are checked.
 * Configuration and usage problems come back as problems, never as exceptions.
 */
export async function loadProject(options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const paths = (options.paths?.length ? options.paths : [cwd]).map((path) => resolve(cwd, path));
  const missing = paths.filter((path) => !exists(path));
  if (missing.length > 0) return { problems: missing.map((path) => usageProblem(path, `No such file or folder: ${path}`)) };

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
  for (const path of paths) {
    if (!statSync(path).isDirectory()) {
      selected.add(path);
      const reason = linkLeavesReason(path, configFile ? settings.root : undefined);
      if (reason) refused.set(path, reason);
    } else if (configFile) projectSources.filter((file) => isInside(file, path)).forEach((file) => selected.add(file));
    else (await findSources(settings, path)).forEach((file) => selected.add(file));
  }
  if (selected.size === 0) return { problems: [nothingToCheck(settings, configFile, paths, cwd)] };
  const all = [...new Set([...projectSources, ...selected])].sort();
  const cacheFile = options.cache ? cacheFileFor(options.cache, cwd, settings.root) : undefined;
  const readable = all.filter((path) => !refused.has(path));
  const analyses = await analyzeSources(readable, { workers: options.workers, cacheFile, maxFileSize: settings.maxFileSize });
  const read = new Map(readable.map((path, i) => [path, analyses[i]!]));
  const files = all.map((path) => read.get(path) ?? analyzeFile(unreadableSource(path, refused.get(path)!)));
  return { project: { settings, index: buildProjectIndex(files), selected: [...selected].sort() }, problems: [] };
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
