import type { Problem, Settings } from 'cxgov';
import { defaultSettings, findSources, resolveSettings, type FileAnalysis } from 'cxgov/editor';
import type { ProjectState } from './types.js';
import { normalizePath, rootOf } from './discoverProjects.js';
import { LiveIndex } from './liveIndex.js';
import { ProblemStore, type SourceChange } from './problemStore.js';

/** Reads and analyses sources (the editor's text when one is open, the disk's otherwise) under a size limit, in order. */
export type SourceReader = (paths: readonly string[], maxFileSize: number) => Promise<FileAnalysis[]>;

/**
 * One governance project as the server holds it: settings from its `cxgov.yaml`, one cached
 * `FileAnalysis` per source, and the state of the last check. Mutators mark the state stale;
 * `check` re-runs the rules, with the problems `cxgov lint` reports on the same texts. Edits to
 * existing sources are checked incrementally (an index updated in place, rules re-run only where
 * their answer can change); anything else (settings, sources added or removed, a new day) runs
 * every rule again.
 */
export class Project {
  readonly root: string;
  private currentSettings: Settings;
  private configProblems: readonly Problem[] = [];
  private readonly files = new Map<string, FileAnalysis>();
  private checked: { today: string; state: ProjectState } | undefined;
  private index: LiveIndex | undefined;
  private readonly store: ProblemStore;
  /** Sources replaced since the last check, with their analysis at that check. */
  private readonly edited = new Map<string, FileAnalysis>();
  /** The files whose problems the last check may have changed; undefined after a full check. */
  private changed: ReadonlySet<string> | undefined;

  private constructor(readonly configFile: string) {
    this.root = rootOf(configFile);
    this.currentSettings = defaultSettings(this.root);
    this.store = new ProblemStore(configFile);
  }

  /** Reads a project's settings; its sources are read by `syncSources`. */
  static async open(configFile: string): Promise<Project> {
    const project = new Project(configFile);
    await project.reloadSettings();
    return project;
  }

  get settings(): Settings {
    return this.currentSettings;
  }

  /** Paths of the project's sources. */
  sources(): string[] {
    return [...this.files.keys()];
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /**
   * Re-reads `cxgov.yaml`. A broken file keeps the previous settings (the defaults, at first),
   * so that a half-typed setting does not wipe out every other diagnostic; its problems are
   * reported on `cxgov.yaml` itself.
   */
  async reloadSettings(): Promise<void> {
    const result = await resolveSettings(this.configFile);
    if (result.settings) {
      // Every source was read under the old size limit: they are read again.
      if (result.settings.maxFileSize !== this.currentSettings.maxFileSize) this.files.clear();
      this.currentSettings = result.settings;
      this.configProblems = [];
    } else {
      this.configProblems = result.problems;
    }
    this.invalidate();
  }

  /** Brings the sources in line with the include and exclude globs: drops the gone, reads the new. */
  async syncSources(owns: (path: string) => boolean, read: SourceReader): Promise<void> {
    const wanted = (await findSources(this.currentSettings)).map(normalizePath).filter(owns);
    const keep = new Set(wanted);
    for (const path of this.files.keys()) {
      if (!keep.has(path)) this.remove(path);
    }
    const added = wanted.filter((path) => !this.files.has(path));
    if (added.length === 0) return;
    const analyses = await read(added, this.currentSettings.maxFileSize);
    analyses.forEach((analysis, i) => this.files.set(added[i]!, analysis));
    this.invalidate();
  }

  /** Replaces the analysis of one of the sources (ignored for a path that is not a source). */
  update(path: string, analysis: FileAnalysis): void {
    const previous = this.files.get(path);
    if (!previous) return;
    this.files.set(path, analysis);
    // The analysis the index holds is the one from before the first edit since the last check.
    if (this.index && !this.edited.has(path)) this.edited.set(path, previous);
  }

  remove(path: string): void {
    if (this.files.delete(path)) this.invalidate();
  }

  /** Whether something changed (or the day turned) since the last check. */
  isStale(today: string): boolean {
    return this.checked?.today !== today || this.edited.size > 0;
  }

  /** Runs the rules if anything changed and returns the project's current state. */
  check(today: string): ProjectState {
    if (this.checked && !this.isStale(today)) return this.checked.state;
    const settings = this.currentSettings;
    if (this.checked?.today === today && this.index) {
      const changes: SourceChange[] = [...this.edited].map(([path, before]) => ({ before, after: this.files.get(path)! })).filter(({ before, after }) => before !== after);
      try {
        for (const { before, after } of changes) this.index.replace(before, after);
        this.changed = this.store.checkChanges(this.index, settings, today, changes);
      } catch (error) {
        // Nothing is left half-updated: the next check starts over from every source.
        this.invalidate();
        throw error;
      }
    } else {
      this.index = new LiveIndex(this.files.values());
      this.store.checkAll(this.index, settings, today, this.configProblems);
      this.changed = undefined;
    }
    this.edited.clear();
    const { index, store, files } = this;
    const state: ProjectState = {
      settings,
      index,
      get problems() {
        return store.all();
      },
      problemsIn: (path) => store.problemsIn(path),
      analysis: (path) => files.get(path),
    };
    this.checked = { today, state };
    return state;
  }

  /** The last check's problems per file: every source and `cxgov.yaml`, problem-free ones included. */
  problemsByFile(): ReadonlyMap<string, readonly Problem[]> {
    return this.store.byFile();
  }

  /** The files whose problems the last check may have changed; undefined when it may have changed any. */
  changedFiles(): ReadonlySet<string> | undefined {
    return this.changed;
  }

  /** Forgets the index: the next check runs every rule over every source. */
  private invalidate(): void {
    this.checked = undefined;
    this.index = undefined;
    this.edited.clear();
  }
}
