import { dirname, resolve } from 'node:path';
import { findConfigFile } from '../load/findProject.js';
import { defaultSettings, resolveSettings } from '../load/resolveSettings.js';
import { findSources } from '../load/findSources.js';
import { analyzeSources } from '../project/analyzeSources.js';
import { localDate } from '../project/lint.js';
import { RULES } from '../check/rules/index.js';
import { LiveProject } from '../live/liveProject.js';
import { FolderWatcher } from '../live/folderWatcher.js';
import type { LintReport } from '../report/formatter.js';
import { isPathInside } from '../util/insideFolder.js';
import { describeProblems } from './output.js';
import { EXIT, UsageError } from './exitCodes.js';
import { environmentMessage, isEnvironmentError } from './environmentError.js';

export interface WatchOptions {
  /** Files and folders to report on (default: the whole project). */
  paths: string[];
  /** The date rules judge by; the local date of each check when not given. */
  today?: string;
  /** Prints one check's report. */
  print(report: LintReport): void;
}

/**
 * `cxgov lint --watch`: checks the project, then watches its folder and checks again whenever a
 * source or `cxgov.yaml` changes, through the incremental engine. Resolves on Ctrl-C (SIGINT) or
 * SIGTERM, with the watcher closed.
 */
export async function watchLint(options: WatchOptions): Promise<void> {
  const start = options.paths[0] ?? process.cwd();
  const configFile = findConfigFile(start);
  if (!configFile) throw new UsageError(`--watch needs a project: no cxgov.yaml in ${resolve(start)} or any folder above it.`);
  const shown = options.paths.map((path) => resolve(path));
  const first = await resolveSettings(configFile);
  const project = new LiveProject(first.settings ?? defaultSettings(dirname(configFile)), configFile);
  const root = project.settings.root;
  let settingsValid = first.settings !== undefined;
  if (!settingsValid) reportConfigProblems(first.problems);

  /** Reads the sources the globs now select: new ones whole, known ones only when they changed. */
  const sync = async (changed: ReadonlySet<string> | 'all'): Promise<boolean> => {
    const wanted = await findSources(project.settings);
    const keep = new Set(wanted);
    let touched = false;
    for (const path of project.sources()) if (!keep.has(path)) (project.remove(path), (touched = true));
    const read = wanted.filter((path) => changed === 'all' || !project.has(path) || changed.has(path));
    const analyses = await analyzeSources(read, { workers: undefined, cacheFile: undefined, maxFileSize: project.settings.maxFileSize });
    read.forEach((path, i) => project.update(path, analyses[i]!));
    return touched || read.length > 0;
  };

  const check = (): void => {
    if (!settingsValid) return;
    const { problems } = project.check(options.today ?? localDate());
    const inside = (file: string) => shown.length === 0 || shown.some((path) => file === path || isPathInside(file, path));
    options.print({ root, problems: problems.filter((problem) => inside(problem.file)), files: project.sources().filter(inside).sort(), rules: RULES });
  };

  let stopped: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (stopped = resolve));
  const onBatch = async (paths: ReadonlySet<string>): Promise<void> => {
    try {
      let changed = false;
      if (paths.has(configFile)) {
        const next = await resolveSettings(configFile);
        settingsValid = next.settings !== undefined;
        if (next.settings) project.configure(next.settings);
        else reportConfigProblems(next.problems);
        changed = true;
      }
      // Every source is read again under new settings (the globs and the size limit may have changed).
      if (await sync(changed ? 'all' : paths)) changed = true;
      if (changed) check();
    } catch (error) {
      process.stderr.write(`cxgov: ${isEnvironmentError(error) ? environmentMessage(error) : (error as Error).message}; still watching.\n`);
    }
  };
  const stop = (): void => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    void watcher.close().then(stopped);
  };
  const watcher = new FolderWatcher(root, onBatch, (error) => {
    process.stderr.write(`cxgov: cannot watch ${root}: ${isEnvironmentError(error) ? environmentMessage(error) : error.message}\n`);
    process.exitCode = EXIT.usage;
    stop();
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Watching starts before the first read: no change made after the first report is missed.
  await watcher.ready();
  await sync('all');
  check();
  return finished;
}

function reportConfigProblems(problems: Parameters<typeof describeProblems>[0]): void {
  process.stderr.write(`cxgov: the configuration is not valid (waiting for it to be fixed):\n${describeProblems(problems)}\n`);
}

