import type { OfferedFix, Problem, Settings } from 'cxgov';
import type { FileAnalysis, ProjectIndex, SourceFile } from 'cxgov/editor';

/** One governance project as the server currently sees it (open documents' text applied). */
export interface ProjectState {
  readonly settings: Settings;
  /**
   * The project's entities and references. An open document with a syntax error is in it as it
   * last parsed, so its entities' positions may be from an older text than `analysis` (see service/occurrences.ts).
   */
  readonly index: ProjectIndex;
  /** The date the rules judged by (YYYY-MM-DD). */
  readonly today: string;
  /** Every problem of every source of the project, as `cxgov lint` would report them. */
  readonly problems: readonly Problem[];
  /** The problems of one file (absolute path), in the same order. */
  problemsIn(path: string): readonly Problem[];
  /** The current analysis of one source (absolute path), or undefined when it is not a source of this project. */
  analysis(path: string): FileAnalysis | undefined;
  /** The fixes the engine offers for one of these problems (the rule's own, and suppressing it). */
  fixesFor(problem: Problem): readonly OfferedFix[];
  /**
   * The project's `cxgov.yaml` as the editor has it now (unsaved text included), parsed; read on
   * demand, since only the features that look into it need it. Undefined when it cannot be read.
   */
  config(): Promise<SourceFile | undefined>;
}

/** What LSP features may ask of the workspace; implemented once by the host, used by every feature. */
export interface WorkspaceHost {
  /** The project holding a file (absolute path), with pending edits applied; undefined outside any project. */
  projectFor(path: string): Promise<ProjectState | undefined>;
  /** Every project of the workspace, up to date. */
  projects(): Promise<readonly ProjectState[]>;
}

/** The outcome of one check of a project, as the diagnostics publisher receives it. */
export interface ProjectCheck {
  /** The project's `cxgov.yaml` (absolute path): names the project from one check to the next. */
  readonly configFile: string;
  /**
   * Problems per file (absolute path) for every file the project reports on: each source and
   * `cxgov.yaml`, problem-free files included. Empty when the project is gone.
   */
  readonly problemsByFile: ReadonlyMap<string, readonly Problem[]>;
  /**
   * When present, only these files' problems may differ from the previous check of the same
   * project, and no file was added or removed: the publisher compares just them.
   */
  readonly changed?: ReadonlySet<string>;
  /** Of `changed`, the files to publish first (open in the editor); the rest may follow a moment later. */
  readonly urgent?: ReadonlySet<string>;
}
