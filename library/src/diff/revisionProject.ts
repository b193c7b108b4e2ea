import { join } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import { buildProjectIndex } from '../model/projectIndex.js';
import { CONFIG_FILE, type Settings } from '../load/settings.js';
import { defaultSettings, settingsFromBytes } from '../load/resolveSettings.js';
import { runRules } from '../check/runRules.js';
import { MAX_FILE_SIZE_LIMIT } from '../source/sourceSize.js';
import type { RevisionFiles } from './revision.js';
import { inRoot } from './projectRoots.js';
import { selectSources } from './selectSources.js';
import type { SharedAnalyses } from './sharedAnalyses.js';

/** One project as it is at one revision, linted. */
export interface RevisionProject {
  settings: Settings;
  index: ProjectIndex;
  /** The problems `cxgov lint` would report on the whole project at that revision. */
  problems: readonly Problem[];
}

/** The project at a revision; `absent` when its cxgov.yaml does not exist there yet (or any more). */
export type RevisionLoad = { project: RevisionProject; problems: [] } | { project?: undefined; absent: true; problems: [] } | { project?: undefined; problems: Problem[] };

/**
 * Loads and lints the project whose root is `root` (repository-relative) from a revision's files:
 * the same settings, sources, analyses and rules as `cxgov lint` on a checkout of it, without one.
 * `withoutConfig`: the repository has no cxgov.yaml at either side; the defaults apply at its top.
 */
export async function loadRevisionProject(revision: RevisionFiles, repository: string, root: string, shared: SharedAnalyses, today: string, withoutConfig = false): Promise<RevisionLoad> {
  const configPath = inRoot(root, CONFIG_FILE);
  let settings: Settings;
  if (withoutConfig) settings = defaultSettings(join(repository, root));
  else {
    if (!revision.files.has(configPath)) return { absent: true, problems: [] };
    const [bytes] = await revision.read([configPath], MAX_FILE_SIZE_LIMIT);
    const configFile = join(repository, configPath);
    // Deleted from the working tree (not yet from the index), or a link there.
    if (bytes === undefined) return { absent: true, problems: [] };
    if (!Buffer.isBuffer(bytes)) {
      const why = bytes instanceof Error ? `cannot be read (${(bytes as NodeJS.ErrnoException).code ?? bytes.message})` : `is ${bytes.size} bytes, too big to be settings`;
      return { problems: [{ rule: 'config', severity: 'error', file: configFile, range: ORIGIN, message: `${CONFIG_FILE} ${why}.` }] };
    }
    const resolved = settingsFromBytes(configFile, bytes);
    if (!resolved.settings) return { problems: resolved.problems };
    settings = resolved.settings;
  }
  const sources = selectSources(revision.files.keys(), root, settings);
  const analyses = await shared.analyze(revision, repository, sources, settings.maxFileSize);
  const index = buildProjectIndex(analyses);
  return { project: { settings, index, problems: runRules(index, settings, today) }, problems: [] };
}

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
