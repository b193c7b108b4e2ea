import { basename, extname } from 'node:path';
import { CONFIG_FILE, localDate, analyzeFile, analyzeSources, parseSource, readSource, type FileAnalysis } from 'cxgov/editor';
import type { ProjectCheck, ProjectState, WorkspaceHost } from './types.js';
import type { Project } from './projectState.js';
import { isInside } from './discoverProjects.js';
import { ProjectSet, type IndexingProgress } from './projectSet.js';
import { SerialQueue } from './serialQueue.js';

export type { IndexingProgress } from './projectSet.js';

export interface WorkspaceOptions {
  /** The editor's text of an open document; undefined when the file is not open. */
  openText(path: string): string | undefined;
  log(message: string): void;
  /**
   * How long edits are coalesced before the rules run again. 0 (the default): check as soon as
   * the edits already received are applied; edits that arrive during a check are coalesced
   * into the next one, so a fast typist never queues a check per keystroke.
   */
  debounceMs?: number;
  /** The date that date rules judge by; today's local date, as the CLI uses. */
  today?: () => string;
}

export type FileChangeKind = 'created' | 'changed' | 'deleted';
export interface FileChange {
  path: string;
  kind: FileChangeKind;
}

/**
 * Every governance project of the workspace, kept in step with the editor and the disk.
 * Mutations (loading, disk changes, re-checks) run one at a time through a queue; edits are
 * coalesced by a short debounce; each check is announced to `onDidCheck` listeners.
 */
export class Workspace implements WorkspaceHost {
  private roots: readonly string[] = [];
  private readonly projectSet: ProjectSet;
  private readonly queue: SerialQueue;
  private readonly edited = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  /** A re-check is queued and has not started yet: further edits join it. */
  private checkQueued = false;
  private readonly listeners = new Set<(check: ProjectCheck) => void>();
  private readonly debounceMs: number;
  private readonly today: () => string;

  constructor(private readonly options: WorkspaceOptions) {
    this.projectSet = new ProjectSet((paths, maxFileSize) => this.readAll(paths, maxFileSize));
    this.queue = new SerialQueue((error) => options.log(`cxgov: ${describe(error)}`));
    this.debounceMs = options.debounceMs ?? 0;
    this.today = options.today ?? (() => localDate());
  }

  /** Calls `listener` after each check of a project; returns a function that stops it. */
  onDidCheck(listener: (check: ProjectCheck) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The workspace folders (absolute paths). */
  folders(): readonly string[] {
    return this.roots;
  }

  /** Sets the workspace folders, loads the projects in them and checks them. */
  setFolders(folders: readonly string[], progress?: IndexingProgress): Promise<void> {
    this.roots = [...folders];
    return this.refresh(progress);
  }

  /** Looks again for projects created or removed (after scaffolding one, say) and checks. */
  refresh(progress?: IndexingProgress): Promise<void> {
    return this.queue.run(async () => {
      await this.rediscover(progress);
      this.recheck();
    });
  }

  /** The editor's text of a document changed (or it was opened): re-check after the debounce. */
  documentChanged(path: string): void {
    this.edited.add(path);
    if (this.outsideEverything(path) && this.projectSet.adopt(path)) void this.refresh();
    if (this.debounceMs > 0) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        void this.queue.run(() => this.recheck());
      }, this.debounceMs);
    } else if (!this.checkQueued) {
      // A debounce would be pure waiting: a check of an edit costs a few milliseconds. setImmediate
      // lets the notifications already read from the client be applied first, in one check.
      this.checkQueued = true;
      setImmediate(() => {
        void this.queue.run(() => {
          this.checkQueued = false;
          this.recheck();
        });
      });
    }
  }

  /** A document was closed: its source reverts to the text on disk. */
  documentClosed(path: string): void {
    this.edited.delete(path);
    void this.queue.run(async () => {
      const project = this.projectSet.owning(path);
      if (project?.has(path)) project.update(path, await this.read(path, project.settings.maxFileSize));
      this.recheck();
    });
  }

  /** A document was saved: a saved `cxgov.yaml` applies at once, even without file watching. */
  documentSaved(path: string): void {
    if (basename(path) === CONFIG_FILE) void this.filesChanged([{ path, kind: 'changed' }]);
  }

  /** Files changed on disk (file watching): re-read them, follow created and deleted sources and projects. */
  filesChanged(changes: readonly FileChange[]): Promise<void> {
    return this.queue.run(async () => {
      let rediscover = false;
      const resync = new Set<Project>();
      for (const { path, kind } of changes) {
        const project = this.projectSet.byConfigFile(path);
        // Editors that save by replacing the file report a known cxgov.yaml as created.
        if (project && kind !== 'deleted') {
          await project.reloadSettings();
          resync.add(project);
        } else if (basename(path) === CONFIG_FILE || (kind === 'deleted' && this.projectSet.hasProjectInside(path))) {
          rediscover = true;
        } else {
          const owner = this.projectSet.owning(path);
          if (!owner) continue;
          if (kind !== 'changed') resync.add(owner);
          else if (owner.has(path) && this.options.openText(path) === undefined) owner.update(path, await this.read(path, owner.settings.maxFileSize));
        }
      }
      if (rediscover) await this.rediscover();
      for (const project of resync) {
        if (this.projectSet.byConfigFile(project.configFile) === project) await this.projectSet.sync(project);
      }
      this.recheck();
    });
  }

  async projectFor(path: string): Promise<ProjectState | undefined> {
    await this.settle();
    const project = this.projectSet.owning(path);
    return project && this.stateOf(project, this.today());
  }

  async projects(): Promise<readonly ProjectState[]> {
    await this.settle();
    const today = this.today();
    return this.projectSet.all().map((project) => this.stateOf(project, today));
  }

  /** A project's state, with its `cxgov.yaml` read from the editor when open there (unsaved edits count), else from disk. */
  private stateOf(project: Project, today: string): ProjectState {
    const { configFile } = project;
    return project.check(today, async () => {
      const text = this.options.openText(configFile);
      return text === undefined ? readSource(configFile) : parseSource(configFile, text);
    });
  }

  /** How many projects the workspace holds and how many sources they read (for the start-up log). */
  summary(): { projects: number; sources: number } {
    const projects = this.projectSet.all();
    return { projects: projects.length, sources: projects.reduce((sum, project) => sum + project.sources().length, 0) };
  }

  /** The projects with pending work done, and the date the rules judge by: to check a text that is no source against them. */
  async settled(): Promise<{ projects: readonly Project[]; today: string }> {
    await this.settle();
    return { projects: this.projectSet.all(), today: this.today() };
  }

  /** Stops the debounce timer (at shutdown). */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs pending edits and work now, so that callers see fresh state. */
  private settle(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.queue.run(() => this.recheck());
  }

  /** Applies pending edits, then checks every project whose state is stale and announces it. */
  private recheck(): void {
    for (const path of this.edited) {
      const text = this.options.openText(path);
      const project = this.projectSet.owning(path);
      // The text, not an analysis: the engine parses only the list item a one-line edit touches.
      if (text !== undefined && project?.has(path)) project.edit(path, text);
    }
    this.edited.clear();
    const today = this.today();
    for (const project of this.projectSet.all()) {
      if (!project.isStale(today)) continue;
      try {
        project.check(today);
        const changed = project.changedFiles();
        this.emit({ configFile: project.configFile, problemsByFile: project.problemsByFile(), ...(changed && { changed, urgent: this.openAmong(changed) }) });
      } catch (error) {
        this.options.log(`cxgov: checking ${project.configFile} failed: ${describe(error)}`);
      }
    }
  }

  /**
   * The files open in the editor: their diagnostics go out first, so that renaming an id that a
   * thousand files use updates what the user looks at before the rest of the Problems panel.
   */
  private openAmong(paths: ReadonlySet<string>): ReadonlySet<string> {
    return new Set([...paths].filter((path) => this.options.openText(path) !== undefined));
  }

  /** A YAML document outside every workspace folder and known project (an editor opened on one file). */
  private outsideEverything(path: string): boolean {
    return /^\.ya?ml$/.test(extname(path)) && !this.roots.some((root) => isInside(path, root)) && !this.projectSet.owning(path);
  }

  private async rediscover(progress?: IndexingProgress): Promise<void> {
    const removed = await this.projectSet.rediscover(this.roots, progress);
    for (const configFile of removed) this.emit({ configFile, problemsByFile: new Map() });
  }

  private async read(path: string, maxFileSize: number): Promise<FileAnalysis> {
    const text = this.options.openText(path);
    return analyzeFile(text === undefined ? await readSource(path, maxFileSize) : parseSource(path, text, maxFileSize));
  }

  /**
   * Reads many sources (a workspace being indexed) as `cxgov lint` does: lean analyses, in worker
   * threads when there are thousands, so that start-up takes about as long as a lint and the YAML
   * documents of files nobody opened are not kept (features that need them parse them again).
   */
  private async readAll(paths: readonly string[], maxFileSize: number): Promise<FileAnalysis[]> {
    const onDisk = paths.filter((path) => this.options.openText(path) === undefined);
    const fromDisk = await analyzeSources(onDisk, { workers: 'auto', cacheFile: undefined, maxFileSize });
    const read = new Map(onDisk.map((path, i) => [path, fromDisk[i]!]));
    return paths.map((path) => read.get(path) ?? analyzeFile(parseSource(path, this.options.openText(path) ?? '', maxFileSize)));
  }

  private emit(check: ProjectCheck): void {
    for (const listener of this.listeners) {
      try {
        listener(check);
      } catch (error) {
        this.options.log(`cxgov: publishing diagnostics failed: ${describe(error)}`);
      }
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
