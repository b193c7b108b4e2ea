import type { EntityKind } from '../../model/sections.js';
import type { LiveIndex } from '../../model/projectIndex.js';
import type { FileAnalysis } from '../../model/fileAnalysis.js';
import { addRead, key, splitKey, type FactsChange, type ReadFacts } from './fileFacts.js';

/**
 * What an edit can change for a rule, declared in the rule's own file, so that the incremental
 * engine (library/src/live/) re-runs each rule only where its answer can have changed.
 * test/engine/liveProject.test.ts compares incremental checks with full ones after many kinds of
 * edits, and fails when a rule's scope is too narrow.
 */
export type RuleScope =
  /**
   * Reads one entity's own fields (or one file): problems change only in edited files. `entries`:
   * what it finds in an item of a top-level list (an entry) depends on that entry alone and lies
   * in it, so an edit of one entry re-runs it over that entry only (see model/entryEdit.ts).
   */
  | { kind: 'file'; entries?: true }
  /**
   * Reads other entities through the index. `affected` names the files whose problems may change
   * besides the edited entries (an edited file too, when its other entries' problems may change:
   * an edit of one entry that moves no line re-runs the rule over that entry alone otherwise); the rule then runs over just those files' entities and references,
   * looking the rest up in the whole project. `entities` is what the rule iterates: the entities
   * of those files, every definition of their ids (duplicates), or every entity of the project
   * (did-you-mean candidates).
   */
  | {
      kind: 'linked';
      entities: ViewEntities;
      /**
       * The rule judges each reference on its own: it is run per kind of reference, over those
       * references only (`affected` is asked per kind), so that renaming an owner re-judges the
       * owner references of a file, not its KPI references too.
       */
      byReferenceKind?: true;
      /**
       * What the rule reads from other files' entities besides their ids (a KPI's status, its
       * category), keyed by what it concerns: the keys whose values an edit changes reach
       * `affected` as `change.read`. Values are added entity by entity in file order (`addRead`),
       * each from one entity or its references, so that an edit of one entry is compared on that
       * entry alone (see live/entryFacts.ts).
       */
      reads?(analysis: FileAnalysis): ReadFacts;
      affected(change: FactsChange, index: LiveIndex, referenceKind?: EntityKind): Iterable<string>;
    }
  /**
   * Depends on a graph that runs through the whole project: re-run everywhere when an edit changes
   * what the rule `reads` of the graph in a file (added entity by entity, as for `linked`).
   */
  | { kind: 'graph'; reads(analysis: FileAnalysis): ReadFacts }
  /** Anything in the project: re-run everywhere on every check (always right, never fast). */
  | { kind: 'project' }
  /**
   * Judges the disable comments and exceptions against what every other rule found (`RuleContext.suppressions`):
   * runs after them, on their results; per file for comments, and over the whole project for exceptions.
   */
  | { kind: 'suppressions' };

export type ViewEntities = 'files' | 'same-ids' | 'project';

/** The scope of rules that read one file (or one entity's own fields). */
export const FILE_SCOPE: RuleScope = { kind: 'file' };

/** The scope of rules that read one entity's own fields, or the findings placed in it (schema, syntax). */
export const ENTRY_SCOPE: RuleScope = { kind: 'file', entries: true };

/** The files that define any of the `kind\0id` keys. */
export function definingFiles(index: LiveIndex, keys: Iterable<string>): Set<string> {
  const files = new Set<string>();
  for (const text of keys) {
    const { kind, id } = splitKey(text);
    for (const entity of index.definitions(kind, id)) files.add(entity.file.path);
  }
  return files;
}

/** The files that refer to any of the `kind\0id` keys. */
export function referringFiles(index: LiveIndex, keys: Iterable<string>): Set<string> {
  const files = new Set<string>();
  for (const text of keys) {
    const { kind, id } = splitKey(text);
    for (const reference of index.referencesTo(kind, id)) files.add(reference.from.file.path);
  }
  return files;
}

/** The `kind\0id` keys of one kind. */
export function ofKind(kind: EntityKind, keys: readonly string[]): string[] {
  return keys.filter((text) => splitKey(text).kind === kind);
}

/**
 * The scope of a rule that reads one field (a category, a status) of the KPIs its entities refer to,
 * such as a KPI judging its guardrails: an edit of that field re-runs the files that refer to the KPI.
 */
export function referencedKpiFieldScope(field: string): RuleScope {
  return {
    kind: 'linked',
    entities: 'files',
    reads(analysis) {
      const values = new Map<string, string>();
      for (const kpi of analysis.entities) if (kpi.kind === 'kpi') addRead(values, kpi.id, kpi.data[field]);
      return values;
    },
    affected: (change, index) => referringFiles(index, change.read.map((id) => key('kpi', id))),
  };
}

export { addRead, key } from './fileFacts.js';
