import type { EntityKind } from 'cxgov';
import { key, splitKey, type FactsChange } from './fileFacts.js';
import type { LiveIndex } from './liveIndex.js';

/**
 * What each rule's problems depend on, so that a re-check after an edit runs each rule only where
 * its answer can have changed. This is knowledge of the rules' code (library/src/check/rules/):
 * a rule missing here is re-run over the whole project on every check, which is always right.
 * test/server/incrementalCheck.test.ts compares incremental checks with full ones after many
 * kinds of edits, and fails when this table is wrong.
 */
export type RuleScope =
  /** Reads one entity's own fields (or one file): problems change only in edited files. */
  | { kind: 'file' }
  /**
   * Reads other entities through the index. `affected` names the files (besides the edited ones)
   * whose problems may change; the rule then runs over just those files' entities and references,
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
      affected(change: FactsChange, index: LiveIndex, referenceKind?: EntityKind): Iterable<string>;
    }
  /** Depends on the whole guardrail graph: re-run everywhere when an edit touches the graph. */
  | { kind: 'graph' };

export type ViewEntities = 'files' | 'same-ids' | 'project';

const FILE: RuleScope = { kind: 'file' };

const SCOPES: Record<string, RuleScope> = {
  'yaml-syntax': FILE,
  schema: FILE,
  'kpi-no-owner': FILE,
  'kpi-no-mission-link': FILE,
  'standard-no-owner': FILE,
  'initiative-no-mission-link': FILE,
  'incentive-on-unvalidated-kpi': FILE,
  'one-way-door-unapproved': FILE,
  'review-overdue': FILE,
  'target-without-baseline': FILE,
  // The first definition of an id is the original; every other one, in any file, is flagged and
  // points back at it: every file defining an id the edited file defines (or defined).
  'duplicate-id': {
    kind: 'linked',
    entities: 'same-ids',
    affected: (change, index) => definingFiles(index, change.defined),
  },
  // A reference is unknown when its id has no definition; its did-you-mean reads every id of the
  // kind. So: references to ids that appeared or disappeared, and, when a kind's ids changed, every
  // unknown reference of that kind.
  'unknown-reference': {
    kind: 'linked',
    entities: 'project',
    byReferenceKind: true,
    affected: (change, index, kind) => {
      const appeared = ofKind(kind!, change.appeared);
      const files = referringFiles(index, appeared);
      if (appeared.length > 0) {
        const unknown = [...index.referencedIds(kind!)].filter((id) => index.definitions(kind!, id).length === 0);
        for (const file of referringFiles(index, unknown.map((id) => key(kind!, id)))) files.add(file);
      }
      return files;
    },
  },
  // An owner is unused when nothing else refers to it: owners whose id the edit started or stopped naming.
  'owner-unused': {
    kind: 'linked',
    entities: 'files',
    affected: (change, index) => definingFiles(index, ofKind('owner', change.referenced)),
  },
  // A pillar reads the KPIs that support it and their status.
  'pillar-unmeasured': {
    kind: 'linked',
    entities: 'files',
    affected: (change, index) => definingFiles(index, change.supporters.map((id) => key('pillar', id))),
  },
  // An efficiency KPI reads the categories of its guardrails.
  'efficiency-kpi-without-guardrail': {
    kind: 'linked',
    entities: 'files',
    affected: (change, index) => referringFiles(index, change.categories.map((id) => key('kpi', id))),
  },
  'guardrail-cycle': { kind: 'graph' },
};

/** The scope of a rule; undefined for a rule this table does not know (run it everywhere). */
export function scopeOf(ruleId: string): RuleScope | undefined {
  return SCOPES[ruleId];
}

function definingFiles(index: LiveIndex, keys: Iterable<string>): Set<string> {
  const files = new Set<string>();
  for (const text of keys) {
    const { kind, id } = splitKey(text);
    for (const entity of index.definitions(kind, id)) files.add(entity.file.path);
  }
  return files;
}

function referringFiles(index: LiveIndex, keys: Iterable<string>): Set<string> {
  const files = new Set<string>();
  for (const text of keys) {
    const { kind, id } = splitKey(text);
    for (const reference of index.referencesTo(kind, id)) files.add(reference.from.file.path);
  }
  return files;
}

function ofKind(kind: EntityKind, keys: readonly string[]): string[] {
  return keys.filter((text) => splitKey(text).kind === kind);
}
