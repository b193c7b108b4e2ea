import type { LiveCheck, Problem, Settings } from 'cxgov';
import { LiveProject, defaultSettings, findSources, resolveSettings, type FileAnalysis, type SourceFile } from 'cxgov/editor';
import type { ProjectState } from './types.js';
import { normalizePath, rootOf } from './discoverProjects.js';

/** Reads and analyses sources (the editor's text when one is open, the disk's otherwise) under a size limit, in order. */
export type SourceReader = (paths: readonly string[], maxFileSize: number) => Promise<FileAnalysis[]>;

/**
 * One governance project as the server holds it: reads its `cxgov.yaml` and its sources, feeds
 * them to the library's incremental engine (`LiveProject`), and hands out what its checks find.
 */
export class Project {
  readonly root: string;
  private readonly live: LiveProject;
  private changed: ReadonlySet<string> | undefined;
  private last: LiveCheck | undefined;

  private constructor(readonly configFile: string) {
    this.root = rootOf(configFile);
    this.live = new LiveProject(defaultSettings(this.root), configFile);
  }

  /** Reads a project's settings; its sources are read by `syncSources`. */
  static async open(configFile: string): Promise<Project> {
    const project = new Project(configFile);
    await project.reloadSettings();
    return project;
  }

  get settings(): Settings {
    return this.live.settings;
  }

  /** Paths of the project's sources. */
  sources(): string[] {
    return this.live.sources();
  }

  has(path: string): boolean {
    return this.live.has(path);
  }

  /**
   * Re-reads `cxgov.yaml`. A broken file keeps the previous settings (the defaults, at first),
   * so that a half-typed setting does not wipe out every other diagnostic; its problems are
   * reported on `cxgov.yaml` itself.
   */
  async reloadSettings(): Promise<void> {
    const result = await resolveSettings(this.configFile);
    // Every source was read under the old size limit: they are read again.
    if (result.settings && result.settings.maxFileSize !== this.live.settings.maxFileSize) for (const path of this.live.sources()) this.live.remove(path);
    this.live.configure(result.settings, result.settings ? [] : result.problems);
  }

  /** Brings the sources in line with the include and exclude globs: drops the gone, reads the new. */
  async syncSources(owns: (path: string) => boolean, read: SourceReader): Promise<void> {
    const wanted = (await findSources(this.live.settings)).map(normalizePath).filter(owns);
    const keep = new Set(wanted);
    for (const path of this.live.sources()) {
      if (!keep.has(path)) this.live.remove(path);
    }
    const added = wanted.filter((path) => !this.live.has(path));
    if (added.length === 0) return;
    const analyses = await read(added, this.live.settings.maxFileSize);
    analyses.forEach((analysis, i) => this.live.update(added[i]!, analysis));
  }

  /** Replaces the analysis of one of the sources from the disk (ignored for a path that is not a source). */
  update(path: string, analysis: FileAnalysis): void {
    if (this.live.has(path)) this.live.update(path, analysis);
  }

  /**
   * Replaces the analysis of one of the sources from the editor's text (ignored for a path that is
   * not a source): while it has a syntax error, the rest of the project sees its last good entities.
   */
  edit(path: string, source: string | FileAnalysis): void {
    if (this.live.has(path)) this.live.edit(path, source);
  }

  remove(path: string): void {
    this.live.remove(path);
  }

  /** Whether something changed (or the day turned) since the last check. */
  isStale(today: string): boolean {
    return this.live.isStale(today);
  }

  /** Runs the rules if anything changed and returns the project's current state; `config` reads `cxgov.yaml` as the editor has it. */
  check(today: string, config: () => Promise<SourceFile | undefined> = () => Promise.resolve(undefined)): ProjectState {
    const stale = this.live.isStale(today);
    const checked = this.live.check(today);
    if (stale) this.changed = checked.changedFiles;
    this.last = checked;
    const live = this.live;
    return {
      settings: checked.settings,
      index: checked.index,
      today,
      get problems() {
        return checked.problems;
      },
      problemsIn: (path) => checked.problemsIn(path),
      analysis: (path) => checked.analysis(path),
      fixesFor: (problem: Problem) => live.fixesFor(problem),
      config,
    };
  }

  /** What lint would report in a text that is no source (an untitled buffer) were it one more source; the project is not changed. */
  checkAside(analysis: FileAnalysis, today: string): readonly Problem[] {
    return this.live.checkAside(analysis, today);
  }

  /** Forgets what was kept to check a text aside quickly (its buffer was closed). */
  forgetAside(path: string): void {
    this.live.forgetAside(path);
  }

  /** The last check's problems per file: every source and `cxgov.yaml`, problem-free ones included. */
  problemsByFile(): ReadonlyMap<string, readonly Problem[]> {
    return this.last?.problemsByFile ?? new Map();
  }

  /** The files whose problems the last check may have changed; undefined when it may have changed any. */
  changedFiles(): ReadonlySet<string> | undefined {
    return this.changed;
  }
}
