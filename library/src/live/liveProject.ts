import type { Fix, Problem } from '../model/problem.js';
import { LiveIndex, type ProjectIndex } from '../model/projectIndex.js';
import type { Settings } from '../load/settings.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { findRule } from '../check/rules/index.js';
import { suppressEdit } from '../editor/edits.js';
import { FIX_EDITS } from './fixEdits.js';
import { ProblemStore, type SourceChange } from './problemStore.js';
import { asIsProblems } from './asIsProblems.js';
import { checkAside } from './checkAside.js';
import { analyzeEdited } from './editedAnalysis.js';

/** The outcome of one check. */
export interface LiveCheck {
  readonly settings: Settings;
  /** The project's entities and references; a source being edited with a syntax error is in it as it last parsed (see `edit`). */
  readonly index: ProjectIndex;
  /** Every problem, sorted as `cxgov lint` sorts them. */
  readonly problems: readonly Problem[];
  /** Problems per file: every source and the configuration file, problem-free files included. */
  readonly problemsByFile: ReadonlyMap<string, readonly Problem[]>;
  /** The files whose problems may differ from the previous check; undefined when any may (a full check). */
  readonly changedFiles: ReadonlySet<string> | undefined;
  problemsIn(path: string): readonly Problem[];
  analysis(path: string): FileAnalysis | undefined;
}

/** A fix offered for a problem; `preferred` when it is the rule's single obvious fix. */
export interface OfferedFix extends Fix {
  preferred: boolean;
}

/**
 * The incremental engine: one project's sources, its index and its problems per file. Feed it
 * edits (`update`, `edit`, `remove`, `configure`) and `check`: edits to existing sources re-run each rule
 * only where its declared `scope` says its answer can change, on an index updated in place;
 * anything else (settings, sources added or removed, a new day) runs every rule again. The
 * problems equal what `cxgov lint` reports on the same texts, except while a source given by
 * `edit` has a syntax error (see there).
 */
export class LiveProject {
  private currentSettings: Settings;
  private configProblems: readonly Problem[] = [];
  /** Every source's current analysis. */
  private readonly files = new Map<string, FileAnalysis>();
  /** Of the sources being edited that have a syntax error, the last analysis without one: the index holds it in their place. */
  private readonly lastGood = new Map<string, FileAnalysis>();
  /** The index of the current analyses, kept only while some source's last good stands in for it. */
  private actual: LiveIndex | undefined;
  /** Per text checked aside (by its path): an index of the current analyses and it (see checkAside). */
  private readonly asides = new Map<string, LiveIndex>();
  private checked: { today: string; state: LiveCheck } | undefined;
  private index: LiveIndex | undefined;
  private readonly store: ProblemStore;
  /** Sources replaced since the last check, with their analysis at that check: the indexed one and the current one. */
  private readonly edited = new Map<string, { indexed: FileAnalysis; current: FileAnalysis }>();

  /** `configFile` is where problems of the settings are reported (the project's `cxgov.yaml`). */
  constructor(settings: Settings, readonly configFile: string) {
    this.currentSettings = settings;
    this.store = new ProblemStore(configFile);
  }

  get settings(): Settings {
    return this.currentSettings;
  }

  /** New settings (or, when they are broken, the problems to report on the configuration file). */
  configure(settings: Settings | undefined, configProblems: readonly Problem[] = []): void {
    if (settings) this.currentSettings = settings;
    this.configProblems = configProblems;
    this.invalidate();
  }

  /** Paths of the sources. */
  sources(): string[] {
    return [...this.files.keys()];
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  analysis(path: string): FileAnalysis | undefined {
    return this.files.get(path);
  }

  /** Adds a source or replaces one, from its text or its analysis: the text as `cxgov lint` reads it (on disk). */
  update(path: string, source: string | FileAnalysis): void {
    this.put(path, this.analyzed(path, source), false);
  }

  /**
   * Replaces a source with an editor's text (or its analysis) being typed. While it has a syntax
   * error, the index keeps its last analysis without one (none when it has been broken since
   * `update` gave it): the other files are checked against what it said then, so one slip does not
   * flip them; the file itself gets what lint finds in it as it is. `update` and `remove` drop it.
   */
  edit(path: string, source: string | FileAnalysis): void {
    this.put(path, this.analyzed(path, source), true);
  }

  remove(path: string): void {
    this.lastGood.delete(path);
    if (this.files.delete(path)) this.invalidate();
  }

  /** Whether something changed (or the day turned) since the last check. */
  isStale(today: string): boolean {
    return this.checked?.today !== today || this.edited.size > 0;
  }

  /** Runs the rules where anything changed and returns the project's problems. */
  check(today: string): LiveCheck {
    if (this.checked && !this.isStale(today)) return this.checked.state;
    const settings = this.currentSettings;
    let changedFiles: ReadonlySet<string> | undefined;
    try {
      if (this.checked?.today === today && this.index) {
        const changes: SourceChange[] = [...this.edited].map(([path, before]) => ({ before: before.indexed, after: this.indexed(path) })).filter(({ before, after }) => before !== after);
        for (const { before, after } of changes) this.index.replace(before, after);
        const changed = this.store.checkChanges(this.index, settings, today, changes);
        for (const current of [this.actual, ...this.asides.values()]) if (current) this.replaceEdited(current);
        for (const path of this.checkAsIs(settings, today)) changed.add(path);
        changedFiles = changed;
      } else {
        this.index = new LiveIndex([...this.files.keys()].map((path) => this.indexed(path)));
        this.actual = undefined;
        this.asides.clear();
        this.store.checkAll(this.index, settings, today, this.configProblems);
        this.checkAsIs(settings, today);
      }
    } catch (error) {
      // Nothing is left half-updated: the next check starts over from every source.
      this.invalidate();
      throw error;
    }
    this.edited.clear();
    const { index, store, files } = this;
    const state: LiveCheck = {
      settings,
      index,
      get problems() {
        return store.all();
      },
      problemsByFile: store.byFile(),
      changedFiles,
      problemsIn: (path) => store.problemsIn(path),
      analysis: (path) => files.get(path),
    };
    this.checked = { today, state };
    return state;
  }

  /**
   * What `cxgov lint` would report in a text that is no source (an untitled buffer, under a path
   * no source has) were it one more source; the project is not changed. The index of the sources
   * and the text is kept per path, in step with the sources, until `forgetAside`.
   */
  checkAside(analysis: FileAnalysis, today: string): Problem[] {
    const path = analysis.file.path;
    // A kept index follows the sources from one check to the next: with edits not checked yet, one is built for this time only.
    const inStep = this.index !== undefined && this.edited.size === 0;
    let index = inStep ? this.asides.get(path) : undefined;
    if (index) index.replace(index.analysis(path)!, analysis);
    else {
      index = new LiveIndex([...this.files.values(), analysis]);
      if (inStep) this.asides.set(path, index);
      else this.asides.delete(path);
    }
    return checkAside(analysis, index, this.currentSettings, today);
  }

  /** Forgets the index kept for a text checked aside (its buffer was closed). */
  forgetAside(path: string): void {
    this.asides.delete(path);
  }

  /**
   * The fixes for a problem of the last check: the finding's own, those its rule builds from the
   * project (its `fixes`), and suppressing the rule on the line.
   */
  fixesFor(problem: Problem): OfferedFix[] {
    const analysis = this.files.get(problem.file);
    const index = this.index;
    if (!analysis || !index) return [];
    const own = problem.fixes ?? [];
    const offered: OfferedFix[] = own.map((fix) => ({ ...fix, preferred: own.length === 1 }));
    const rule = findRule(problem.rule);
    for (const fix of rule?.fixes?.(problem, { index, analysis, edits: FIX_EDITS }) ?? []) offered.push({ ...fix, preferred: false });
    offered.push({ title: `Suppress ${problem.rule} on this line`, edits: [suppressEdit(analysis.file, problem.range.start.line, problem.rule)], preferred: false });
    return offered;
  }

  /** Forgets the index: the next check runs every rule over every source. */
  private invalidate(): void {
    this.checked = undefined;
    this.index = undefined;
    this.actual = undefined;
    this.asides.clear();
    this.edited.clear();
  }

  private analyzed(path: string, source: string | FileAnalysis): FileAnalysis {
    // The current analysis gives its YAML document to the new one when only one list item changed: nothing reads it any more.
    return typeof source === 'string' ? analyzeEdited(path, source, this.files.get(path), this.currentSettings.maxFileSize) : source;
  }

  private put(path: string, analysis: FileAnalysis, keepLastGood: boolean): void {
    const previous = this.files.get(path);
    // The analyses the indexes hold are the ones from before the first edit since the last check.
    if (previous && this.index && !this.edited.has(path)) this.edited.set(path, { indexed: this.indexed(path), current: previous });
    if (!keepLastGood || analysis.syntax.length === 0) this.lastGood.delete(path);
    else if (previous && previous.syntax.length === 0) this.lastGood.set(path, previous);
    this.files.set(path, analysis);
    if (!previous) this.invalidate();
  }

  /** Brings an index of the current analyses in step with the sources replaced since the last check. */
  private replaceEdited(index: LiveIndex): void {
    for (const [path, { current }] of this.edited) if (current !== this.files.get(path)) index.replace(current, this.files.get(path)!);
  }

  /** The analysis the index holds for a source: its last good one while it stands in, else its current one. */
  private indexed(path: string): FileAnalysis {
    return this.lastGood.get(path) ?? this.files.get(path)!;
  }

  /**
   * Checks the sources whose last good stands in for them as they are, in the project as it is
   * (an index of the current analyses, kept while any stands in). Returns the files whose problems may have changed.
   */
  private checkAsIs(settings: Settings, today: string): Set<string> {
    if (this.lastGood.size === 0) {
      this.actual = undefined;
      return this.store.replaceAsIs(new Map());
    }
    this.actual ??= new LiveIndex(this.files.values());
    const files = [...this.lastGood.keys()].map((path) => this.files.get(path)!);
    return this.store.replaceAsIs(asIsProblems(this.actual, files, settings, today));
  }
}
