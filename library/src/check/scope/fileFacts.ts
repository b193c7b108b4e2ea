import type { EntityKind } from '../../model/sections.js';
import type { FileAnalysis } from '../../model/fileAnalysis.js';

/**
 * What other files' problems can depend on in one file, in comparable form: the ids it defines
 * and refers to. What a rule reads beyond ids (a status, a category) the rule declares itself
 * (`reads` in its scope). Comparing the facts of a file before and after an edit tells which other
 * files need checking again; an edit to a description changes none of them.
 */
export interface FileFacts {
  /** `kind\0id` of every entity the file defines. */
  defined: Set<string>;
  /** `kind\0id` of every id the file refers to. */
  referenced: Set<string>;
}

/**
 * The fields of a file that a rule reads across files, keyed by what they concern (a pillar id, a
 * KPI id): declared by the rule as `reads`, compared before and after each edit.
 */
export type ReadFacts = Map<string, string>;

export const key = (kind: EntityKind, id: string): string => `${kind}\u0000${id}`;

export function splitKey(text: string): { kind: EntityKind; id: string } {
  const at = text.indexOf('\u0000');
  return { kind: text.slice(0, at) as EntityKind, id: text.slice(at + 1) };
}

export function factsOf(analysis: FileAnalysis): FileFacts {
  const defined = new Set<string>();
  const referenced = new Set<string>();
  for (const entity of analysis.entities) defined.add(key(entity.kind, entity.id));
  for (const reference of analysis.references) referenced.add(key(reference.kind, reference.id));
  return { defined, referenced };
}

/** Adds a value read from a file under a key: values under one key are kept in file order. */
export function addRead(facts: ReadFacts, id: string, value: unknown): void {
  const text = comparable(value);
  const previous = facts.get(id);
  facts.set(id, previous === undefined ? text : `${previous},${text}`);
}

let unique = 0;

/** A value as text to compare; a value that cannot be written out (a YAML alias loop) never equals anything. */
function comparable(value: unknown): string {
  try {
    return JSON.stringify(value ?? null);
  } catch {
    return `\u0000unique ${unique++}`;
  }
}

/** What an edit changed in a file's facts: what the rules' scopes ask about, computed once per edit. */
export interface FactsChange {
  /** `kind\0id` defined before or after the edit. */
  defined: string[];
  /** `kind\0id` defined before or after, not both: ids that appeared or disappeared. */
  appeared: string[];
  /** `kind\0id` referred to before or after, not both. */
  referenced: string[];
  /** The keys of the asking rule's `reads` whose values changed. */
  read: string[];
}

/** What changed in the ids of a file (`read` is filled per rule, by `readChange`). */
export function compareFacts(before: FileFacts, after: FileFacts): FactsChange {
  return {
    defined: [...new Set([...before.defined, ...after.defined])],
    appeared: symmetricDifference(before.defined, after.defined),
    referenced: symmetricDifference(before.referenced, after.referenced),
    read: [],
  };
}

/** The keys whose read values differ before and after an edit. */
export function readChange(reads: (analysis: FileAnalysis) => ReadFacts, before: FileAnalysis, after: FileAnalysis): string[] {
  return changedKeys(reads(before), reads(after));
}

/** The members of either set that are not in both. */
function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...[...a].filter((item) => !b.has(item)), ...[...b].filter((item) => !a.has(item))];
}

/** The keys whose values differ (or that only one map has). */
function changedKeys(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((id) => a.get(id) !== b.get(id));
}
