import type { Fix, Problem } from '../model/problem.js';
import { LiveIndex, type ProjectIndex } from '../model/projectIndex.js';
import type { Settings } from '../load/settings.js';
import { parseSource } from '../source/sourceFile.js';
import { analyzeFile } from '../check/analyzeFile.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { findRule } from '../check/rules/index.js';
import { suppressEdit } from '../editor/edits.js';
import { FIX_EDITS } from './fixEdits.js';
import { ProblemStore, type SourceChange } from './problemStore.js';

/** The outcome of one check. */
export interface LiveCheck {
  readonly settings: Settings;
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
 * edits (`update`, `remove`, `configure`) and `check`: edits to existing sources re-run each rule
 * only where its declared `scope` says its answer can change, on an index updated in place;
 * anything else (settings, sources added or removed, a new day) runs every rule again. The
 * problems always equal what `cxgov lint` reports on the same texts.
 */
export class LiveProject {
  private currentSettings: Settings;
  private configProblems: readonly Problem[] = [];
  private readonly files = new Map<string, FileAnalysis>();
  private checked: { today: string; state: LiveCheck } | undefined;
  private index: LiveIndex | undefined;
  private readonly store: ProblemStore;
  /** Sources replaced since the last check, with their analysis at that check. */
  private readonly edited = new Map<string, FileAnalysis>();

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

  /** Adds a source or replaces one, from its text or its analysis. */
  update(path: string, source: string | FileAnalysis): void {
    const analysis = typeof source === 'string' ? analyzeFile(parseSource(path, source, this.currentSettings.maxFileSize)) : source;
    const previous = this.files.get(path);
    this.files.set(path, analysis);
    if (!previous) this.invalidate();
    // The analysis the index holds is the one from before the first edit since the last check.
    else if (this.index && !this.edited.has(path)) this.edited.set(path, previous);
  }

  remove(path: string): void {
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
    if (this.checked?.today === today && this.index) {
      const changes: SourceChange[] = [...this.edited].map(([path, before]) => ({ before, after: this.files.get(path)! })).filter(({ before, after }) => before !== after);
      try {
        for (const { before, after } of changes) this.index.replace(before, after);
        changedFiles = this.store.checkChanges(this.index, settings, today, changes);
      } catch (error) {
        // Nothing is left half-updated: the next check starts over from every source.
        this.invalidate();
        throw error;
      }
    } else {
      this.index = new LiveIndex(this.files.values());
      this.store.checkAll(this.index, settings, today, this.configProblems);
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
    this.edited.clear();
  }
}
