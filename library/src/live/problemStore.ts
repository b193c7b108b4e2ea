import type { Problem } from '../model/problem.js';
import { KIND_LABEL, type EntityKind } from '../model/sections.js';
import { buildProjectIndex, type LiveIndex, type ProjectIndex } from '../model/projectIndex.js';
import type { Settings } from '../load/settings.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { CheckedProblem, Rule } from '../check/rule.js';
import { RULES } from '../check/rules/index.js';
import { checkRules, compareProblems, judgeSuppressions } from '../check/runRules.js';
import { compareFacts, readChange, type FactsChange } from '../check/scope/fileFacts.js';
import { memoFactsOf, memoReads } from './analysisMemo.js';
import type { RuleScope } from '../check/scope/ruleScope.js';
import { groupByFile } from '../report/formatters/problems.js';
import { view, wholeViews } from './indexView.js';
import { takeEntryEdit } from './entryEdits.js';
import { allOfEntryScope, entryProblems, entryView, keptAndFound } from './entryRecheck.js';
import { entryIdsChange, entryParts, entryReadChange, type EntryParts } from './entryFacts.js';
import type { EntryEdit } from '../model/entryEdit.js';

/** An edit of one entry, and the file narrowed to it before and after. */
interface EntryChange {
  edit: EntryEdit;
  parts: EntryParts;
}

/** One edited source: its analysis at the last check and now. */
export interface SourceChange {
  before: FileAnalysis;
  after: FileAnalysis;
}

/**
 * A project's problems per file, kept by rule so that an edit re-runs each rule only where its
 * answer can change (its `scope`, declared in its file). Every rule still runs through the library's `runRules`
 * (severities, suppressions and exceptions included), on a narrowed view of the index; silenced
 * problems are kept, so that the suppressions are judged when a file's problems are merged. So the
 * problems are the ones `cxgov lint` reports.
 */
export class ProblemStore {
  /** Problems of the rules that read one file, per file. */
  private local = new Map<string, Problem[]>();
  /** Problems of each other rule, per part (see `partsOf`), per file (files without problems left out). */
  private byRule = new Map<string, Map<string, Map<string, Problem[]>>>();
  /** Every source's (and cxgov.yaml's) problems, in `compareProblems` order. */
  private merged = new Map<string, Problem[]>();
  private sortedAll: Problem[] | undefined;
  private configProblems: readonly Problem[] = [];
  /** What the last check ran on, for judging suppressions when merging. */
  private checking: { index: LiveIndex; settings: Settings; today: string } | undefined;
  /** Problems of the exceptions in cxgov.yaml, judged over the whole project at every check. */
  private exceptionProblems: Problem[] = [];
  /** The problems of files checked as they are while the index holds their last good analysis (see LiveProject.edit). */
  private asIs = new Map<string, readonly Problem[]>();

  constructor(private readonly configFile: string) {}

  /** Every file's problems, problem-free files included. */
  byFile(): ReadonlyMap<string, readonly Problem[]> {
    return this.merged;
  }

  problemsIn(path: string): readonly Problem[] {
    return this.merged.get(path) ?? [];
  }

  /** Every problem of the project, sorted as the CLI sorts them. */
  all(): readonly Problem[] {
    this.sortedAll ??= [...this.merged.keys()].sort().flatMap((path) => this.merged.get(path)!);
    return this.sortedAll;
  }

  /** Runs every rule over the whole project. */
  checkAll(index: LiveIndex, settings: Settings, today: string, configProblems: readonly Problem[]): void {
    this.configProblems = configProblems;
    this.checking = { index, settings, today };
    this.asIs = new Map();
    const { fileRules, otherRules } = enabledRules(settings);
    this.local = groupByFile(fileRules.length > 0 ? checkRules(index, settings, today, fileRules) : []);
    this.byRule = new Map();
    // The rules kept in one part run together, as lint runs them, and their problems are split by rule after.
    const whole = otherRules.filter((rule) => partsOf(rule)[0] === undefined);
    const found = new Map<string, Problem[]>(whole.map((rule) => [rule.id, []]));
    for (const problem of whole.length > 0 ? checkRules(index, settings, today, whole) : []) found.get(problem.rule)!.push(problem);
    const byKind = wholeViews(index);
    for (const rule of otherRules) {
      const parts = new Map<string, Map<string, Problem[]>>();
      const own = found.get(rule.id);
      if (own) parts.set(partName(undefined), groupByFile(own));
      else for (const kind of partsOf(rule)) parts.set(partName(kind), groupByFile(checkRules(byKind(kind!), settings, today, [rule])));
      this.byRule.set(rule.id, parts);
    }
    this.merged = new Map();
    const foundIn = this.foundByFile();
    for (const analysis of index.files) this.merge(analysis.file.path, foundIn.get(analysis.file.path) ?? []);
    this.exceptionProblems = this.judgeExceptions();
    this.merge(this.configFile);
  }

  /**
   * Re-checks after edits to existing sources (already applied to `index`). Returns the files
   * whose problems may have changed.
   */
  checkChanges(index: LiveIndex, settings: Settings, today: string, changes: readonly SourceChange[]): Set<string> {
    this.checking = { index, settings, today };
    const edited = new Set(changes.map((change) => change.after.file.path));
    const touched = new Set(edited);
    const { fileRules, otherRules } = enabledRules(settings);

    // An edit of one entry is compared, and checked by the rules of entry scope, on that entry alone.
    const entries = changes.map(({ before, after }): EntryChange | undefined => {
      const edit = takeEntryEdit(before, after);
      return edit && { edit, parts: entryParts(before, after, edit) };
    });
    this.recheckLocal(index, settings, today, changes, entries, fileRules);

    const ids = changes.map(({ before, after }, at) => {
      const entry = entries[at];
      return (entry && entryIdsChange(entry.parts, after, entry.edit, index)) ?? compareFacts(memoFactsOf(before), memoFactsOf(after));
    });
    // Where an edit of one entry moved no line, the other rules re-run over that entry alone, unless their scope names the file.
    const linkedEntries = new Map(changes.flatMap(({ after }, at) => (entries[at] && entries[at].edit.lineDelta === 0 ? [[after.file.path, entries[at]] as const] : [])));
    for (const rule of otherRules) {
      const { scope } = rule;
      // What this rule reads beyond ids, as it declares: compared only for the rules that read it.
      const reads = scope.kind === 'linked' || scope.kind === 'graph' ? scope.reads : undefined;
      const readsOf = (at: number) => {
        const { before, after } = changes[at]!;
        const entry = entries[at];
        return entry ? entryReadChange(reads!, entry.parts) : readChange(memoReads(reads!), before, after);
      };
      const facts = reads ? ids.map((change, at) => ({ ...change, read: readsOf(at) })) : ids;
      const parts = this.byRule.get(rule.id) ?? new Map<string, Map<string, Problem[]>>();
      this.byRule.set(rule.id, parts);
      const run = (index: ProjectIndex) => groupByFile(checkRules(index, settings, today, [rule]));
      if (scope.kind === 'linked') {
        for (const path of recheckLinked(index, rule, scope, parts, { edited, entries: linkedEntries }, facts, run)) touched.add(path);
      } else if (scope.kind !== 'graph' || graphChanged(facts, parts.get(partName(undefined)) ?? new Map(), edited)) {
        // The whole project: files that had or have problems of this rule may change.
        const found = run(index);
        for (const path of [...(parts.get(partName(undefined))?.keys() ?? []), ...found.keys()]) touched.add(path);
        parts.set(partName(undefined), found);
      }
    }
    for (const path of touched) this.merge(path);
    // Whether an exception is used, and whether its entity exists, may change with any edit.
    const exceptionProblems = this.judgeExceptions();
    if (JSON.stringify(exceptionProblems) !== JSON.stringify(this.exceptionProblems)) {
      this.exceptionProblems = exceptionProblems;
      this.merge(this.configFile);
      touched.add(this.configFile);
    }
    return touched;
  }

  /**
   * Runs the rules that read one file again over the edited files: over the edited entry alone
   * when an edit replaced one entry and every such rule allows it (see ENTRY_SCOPE), keeping the
   * problems found outside it; else over the whole file.
   */
  private recheckLocal(index: LiveIndex, settings: Settings, today: string, changes: readonly SourceChange[], entries: readonly (EntryChange | undefined)[], fileRules: readonly Rule[]): void {
    const whole: FileAnalysis[] = [];
    const byEntry = fileRules.length > 0 && allOfEntryScope(fileRules);
    for (const [at, { after }] of changes.entries()) {
      const entry = entries[at];
      if (!entry || !byEntry) {
        whole.push(after);
        continue;
      }
      const { edit, parts } = entry;
      const found = checkRules(entryView(index, parts.after, edit), settings, today, fileRules);
      // The last check found these in `before` (a file without problems has none kept).
      this.local.set(after.file.path, keptAndFound(this.local.get(after.file.path) ?? [], found, after, edit));
    }
    const local = groupByFile(fileRules.length > 0 && whole.length > 0 ? checkRules(buildProjectIndex(whole), settings, today, fileRules) : []);
    for (const { file } of whole) this.local.set(file.path, local.get(file.path) ?? []);
  }

  /**
   * Puts the problems of the files checked as they are (see LiveProject.edit) in place of what
   * the index finds in them. Returns the files whose problems may have changed: those given now
   * and those given last time.
   */
  replaceAsIs(problems: ReadonlyMap<string, readonly Problem[]>): Set<string> {
    const touched = new Set([...this.asIs.keys(), ...problems.keys()]);
    this.asIs = new Map(problems);
    for (const path of touched) this.merge(path);
    return touched;
  }

  /** A file's problems: what the rules found and no suppression silenced, and the judgement of its disable comments. */
  private merge(path: string, found = this.found(path)): void {
    const asIs = this.asIs.get(path);
    if (asIs) {
      this.merged.set(path, [...asIs].sort(compareProblems));
      this.sortedAll = undefined;
      return;
    }
    const problems: Problem[] = found.filter((problem) => !problem.silencedBy);
    const analysis = this.checking?.index.analysis(path);
    // Without disable comments a file has nothing to judge (exceptions are judged apart): most files, at 20,000 of them.
    if (analysis && analysis.suppressions.size > 0 && this.checking) {
      const { index, settings, today } = this.checking;
      problems.push(...judgeSuppressions(view(index, [analysis], 'project'), settings, today, found, false));
    }
    if (path === this.configFile) problems.push(...this.configProblems, ...this.exceptionProblems);
    this.merged.set(path, problems.sort(compareProblems));
    this.sortedAll = undefined;
  }

  /** Every problem the rules found in a file, silenced ones included. */
  private found(path: string): CheckedProblem[] {
    const problems: CheckedProblem[] = [...(this.local.get(path) ?? [])];
    for (const parts of this.byRule.values()) for (const part of parts.values()) problems.push(...(part.get(path) ?? []));
    return problems;
  }

  /**
   * `found` for every file that has a problem, in one pass over the problems, in the same order:
   * asking each of 20,000 files of every rule and part costs more than the problems themselves.
   */
  private foundByFile(): Map<string, CheckedProblem[]> {
    const byFile = new Map<string, CheckedProblem[]>();
    const add = (path: string, problems: readonly CheckedProblem[]) => {
      const list = byFile.get(path);
      if (list) list.push(...problems);
      else byFile.set(path, [...problems]);
    };
    for (const [path, problems] of this.local) add(path, problems);
    for (const parts of this.byRule.values()) for (const part of parts.values()) for (const [path, problems] of part) add(path, problems);
    return byFile;
  }

  /** The problems of the exceptions in cxgov.yaml: judged against every problem they silenced in the project. */
  private judgeExceptions(): Problem[] {
    if (!this.checking || this.checking.settings.exceptions.length === 0) return [];
    const { index, settings, today } = this.checking;
    const excepted = index.files.flatMap((analysis) => this.found(analysis.file.path).filter((problem) => problem.silencedBy?.exceptions.length));
    return judgeSuppressions(view(index, [], 'project'), settings, today, excepted, true);
  }
}

/**
 * Runs a linked rule again over the edited files and the files its scope says are affected (per
 * kind of reference, if it judges references one kind at a time), and stores what it finds there.
 * An edited file that the scope does not name, edited in one entry (`entries`), is run over that
 * entry only: what the rule found elsewhere in it stays. Returns the files whose problems it replaced.
 */
function recheckLinked(
  index: LiveIndex,
  rule: Rule,
  scope: Extract<RuleScope, { kind: 'linked' }>,
  parts: Map<string, Map<string, Problem[]>>,
  { edited, entries }: { edited: ReadonlySet<string>; entries: ReadonlyMap<string, EntryChange> },
  facts: readonly FactsChange[],
  run: (index: ProjectIndex) => Map<string, Problem[]>,
): Set<string> {
  const replaced = new Set<string>();
  for (const kind of partsOf(rule)) {
    const affected = new Set<string>();
    for (const change of facts) for (const path of scope.affected(change, index, kind)) affected.add(path);
    const files = new Set([...edited, ...affected]);
    const byEntry = (path: string) => (affected.has(path) ? undefined : entries.get(path));
    const analyses = [...files].sort().flatMap((path) => byEntry(path)?.parts.after ?? index.analysis(path) ?? []);
    const found = run(view(index, analyses, scope.entities, kind));
    const previous = parts.get(partName(kind)) ?? new Map<string, Problem[]>();
    for (const path of files) {
      const entry = byEntry(path);
      const problems = entry ? entryProblems(previous.get(path) ?? [], found.get(path) ?? [], index.analysis(path)!, entry.edit) : found.get(path);
      if (problems && problems.length > 0) previous.set(path, problems);
      else previous.delete(path);
      replaced.add(path);
    }
    parts.set(partName(kind), previous);
  }
  return replaced;
}

/**
 * Whether the guardrail graph may have changed: the edited files' KPIs or guardrails changed, or
 * a loop reported last time lies or points into an edited file (whose lines may have moved).
 */
function graphChanged(facts: readonly FactsChange[], previous: ReadonlyMap<string, Problem[]>, edited: ReadonlySet<string>): boolean {
  if (facts.some((change) => change.read.length > 0)) return true;
  for (const [path, problems] of previous) {
    if (edited.has(path) || problems.some((problem) => problem.related?.some((related) => edited.has(related.file)))) return true;
  }
  return false;
}

const KINDS = Object.keys(KIND_LABEL) as EntityKind[];

/** The parts a rule's problems are kept in: one per kind of reference, or just one. */
export function partsOf({ scope }: Rule): (EntityKind | undefined)[] {
  return scope.kind === 'linked' && scope.byReferenceKind ? KINDS : [undefined];
}

const partName = (kind: EntityKind | undefined): string => kind ?? '';

/** The enabled rules, split into those that read one file and the others. */
export function enabledRules(settings: Settings): { fileRules: Rule[]; otherRules: Rule[] } {
  // The rules that judge suppressions run when a file's problems are merged, on what the others found.
  const enabled = RULES.filter((rule) => rule.scope.kind !== 'suppressions' && (settings.severities.get(rule.id) ?? rule.defaultSeverity) !== 'off');
  return {
    fileRules: enabled.filter((rule) => rule.scope.kind === 'file'),
    otherRules: enabled.filter((rule) => rule.scope.kind !== 'file'),
  };
}
