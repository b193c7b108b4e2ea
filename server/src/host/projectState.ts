import {
  buildProjectIndex,
  compareProblems,
  defaultSettings,
  findSources,
  resolveSettings,
  runRules,
  type FileAnalysis,
  type Problem,
  type Settings,
} from 'cxgov';
import type { ProjectState } from './types.js';
import { normalizePath, rootOf } from './discoverProjects.js';

/** Reads and analyses one source: the editor's text when it is open, the disk's otherwise. */
export type SourceReader = (path: string) => Promise<FileAnalysis>;

/** Files read at once (as the library's loader does): the disk stays busy, open files stay few. */
const READ_BATCH = 64;

/**
 * One governance project as the server holds it: settings from its `cxgov.yaml`, one cached
 * `FileAnalysis` per source, and the state of the last check. Mutators mark the state stale;
 * `check` re-runs the rules, exactly as `cxgov lint` does on the same texts.
 */
export class Project {
  readonly root: string;
  private currentSettings: Settings;
  private configProblems: readonly Problem[] = [];
  private readonly files = new Map<string, FileAnalysis>();
  private checked: { today: string; state: ProjectState } | undefined;

  private constructor(readonly configFile: string) {
    this.root = rootOf(configFile);
    this.currentSettings = defaultSettings(this.root);
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
      this.currentSettings = result.settings;
      this.configProblems = [];
    } else {
      this.configProblems = result.problems;
    }
    this.checked = undefined;
  }

  /** Brings the sources in line with the include and exclude globs: drops the gone, reads the new. */
  async syncSources(owns: (path: string) => boolean, read: SourceReader): Promise<void> {
    const wanted = (await findSources(this.currentSettings)).map(normalizePath).filter(owns);
    const keep = new Set(wanted);
    for (const path of this.files.keys()) {
      if (!keep.has(path)) this.remove(path);
    }
    const added = wanted.filter((path) => !this.files.has(path));
    for (let start = 0; start < added.length; start += READ_BATCH) {
      const batch = added.slice(start, start + READ_BATCH);
      const analyses = await Promise.all(batch.map(read));
      analyses.forEach((analysis, i) => this.files.set(batch[i]!, analysis));
      this.checked = undefined;
    }
  }

  /** Replaces the analysis of one of the sources (ignored for a path that is not a source). */
  update(path: string, analysis: FileAnalysis): void {
    if (!this.files.has(path)) return;
    this.files.set(path, analysis);
    this.checked = undefined;
  }

  remove(path: string): void {
    if (this.files.delete(path)) this.checked = undefined;
  }

  /** Whether something changed (or the day turned) since the last check. */
  isStale(today: string): boolean {
    return this.checked?.today !== today;
  }

  /** Runs the rules if anything changed and returns the project's current state. */
  check(today: string): ProjectState {
    if (this.checked && this.checked.today === today) return this.checked.state;
    const analyses = new Map(this.files);
    const ordered = [...analyses.keys()].sort().map((path) => analyses.get(path)!);
    const index = buildProjectIndex(ordered);
    const settings = this.currentSettings;
    const problems = [...runRules(index, settings, today), ...this.configProblems].sort(compareProblems);
    const state: ProjectState = { settings, index, problems, analysis: (path) => analyses.get(path) };
    this.checked = { today, state };
    return state;
  }

  /** The last check's problems per file: every source and `cxgov.yaml`, problem-free ones included. */
  problemsByFile(): Map<string, Problem[]> {
    const byFile = new Map<string, Problem[]>([[this.configFile, []]]);
    for (const path of [...this.files.keys()].sort()) byFile.set(path, []);
    for (const problem of this.checked?.state.problems ?? []) {
      const list = byFile.get(problem.file);
      if (list) list.push(problem);
      else byFile.set(problem.file, [problem]);
    }
    return byFile;
  }
}
