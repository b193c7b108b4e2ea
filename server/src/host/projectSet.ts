import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { findConfigFile } from 'cxgov/editor';
import { discoverConfigFiles, isInside, nearestRoot, normalizePath } from './discoverProjects.js';
import { Project, type SourceReader } from './projectState.js';

/** Progress while projects are first indexed. */
export interface IndexingProgress {
  report(message: string, percentage: number): void;
}

/**
 * The projects of the workspace and which files belong to which: a file belongs to the nearest
 * `cxgov.yaml` above it, so that a project nested in another owns its own files.
 */
export class ProjectSet {
  private readonly byConfig = new Map<string, Project>();
  /** Roots of projects found above documents opened outside every workspace folder. */
  private readonly adopted = new Set<string>();
  private readonly lookedUp = new Set<string>();

  constructor(private readonly read: SourceReader) {}

  all(): Project[] {
    return [...this.byConfig.values()];
  }

  byConfigFile(configFile: string): Project | undefined {
    return this.byConfig.get(configFile);
  }

  /** The project a file belongs to: the nearest `cxgov.yaml` above it. */
  owning(path: string): Project | undefined {
    return owningIn(this.byRoot(), path);
  }

  /** Whether a folder holds the root of a project. */
  hasProjectInside(folder: string): boolean {
    return this.all().some((project) => isInside(project.root, folder));
  }

  /**
   * For a document opened outside every known project (an editor started on one file, without a
   * workspace folder): the project above it, once per path. True when one was found.
   */
  adopt(path: string): boolean {
    if (this.lookedUp.has(path)) return false;
    this.lookedUp.add(path);
    const configFile = findConfigFile(path);
    if (!configFile || this.byConfig.has(configFile)) return false;
    this.adopted.add(normalizePath(dirname(configFile)));
    return true;
  }

  /**
   * Finds the projects again; loads new ones and forgets removed ones (returned, so that their
   * diagnostics can be cleared). Then brings every project's sources up to date.
   */
  async rediscover(folders: readonly string[], progress?: IndexingProgress): Promise<string[]> {
    const roots = [...folders, ...[...this.adopted].filter((root) => existsSync(root))];
    const found = new Set((await Promise.all(roots.map(discoverConfigFiles))).flat());
    const removed = [...this.byConfig.keys()].filter((configFile) => !found.has(configFile));
    removed.forEach((configFile) => this.byConfig.delete(configFile));
    const added = [...found].filter((configFile) => !this.byConfig.has(configFile)).sort();
    for (const configFile of added) this.byConfig.set(configFile, await Project.open(configFile));
    if (removed.length === 0 && added.length === 0) return [];
    // A project appearing or disappearing can move files between nested projects: sync them all.
    const all = this.all();
    for (const [i, project] of all.entries()) {
      progress?.report(project.settings.name, Math.round((100 * i) / all.length));
      await this.sync(project);
    }
    return removed;
  }

  /** Brings a project's sources in line with its globs (and with the projects nested in it). */
  sync(project: Project): Promise<void> {
    // One map of the roots for all the project's paths: a project of 20,000 files asks 20,000 times.
    const roots = this.byRoot();
    return project.syncSources((path) => owningIn(roots, path) === project, this.read);
  }

  private byRoot(): Map<string, Project> {
    return new Map(this.all().map((project) => [project.root, project]));
  }
}

function owningIn(roots: ReadonlyMap<string, Project>, path: string): Project | undefined {
  const root = nearestRoot(path, roots.keys());
  return root === undefined ? undefined : roots.get(root);
}
