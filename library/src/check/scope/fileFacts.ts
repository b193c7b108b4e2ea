import type { EntityKind } from '../../model/sections.js';
import type { FileAnalysis } from '../../model/fileAnalysis.js';

/**
 * What other files' problems can depend on in one file, in comparable form: the ids it defines
 * and refers to, and the few fields that cross-file rules read from its entities. Comparing the
 * facts of a file before and after an edit tells which other files need checking again; an edit
 * to a description changes none of them.
 */
export interface FileFacts {
  /** `kind\0id` of every entity the file defines. */
  defined: Set<string>;
  /** `kind\0id` of every id the file refers to. */
  referenced: Set<string>;
  /** Per pillar id: the KPIs of this file that support it, with their status (pillar-unmeasured reads both). */
  supporters: Map<string, string>;
  /** Per KPI id: the categories of this file's KPIs with that id (efficiency-kpi-without-guardrail reads them). */
  categories: Map<string, string>;
  /** Every KPI id in order with its guardrails: the file's part of the guardrail graph. */
  guardrailGraph: string;
}

export const key = (kind: EntityKind, id: string): string => `${kind}\u0000${id}`;

export function splitKey(text: string): { kind: EntityKind; id: string } {
  const at = text.indexOf('\u0000');
  return { kind: text.slice(0, at) as EntityKind, id: text.slice(at + 1) };
}

export function factsOf(analysis: FileAnalysis): FileFacts {
  const defined = new Set<string>();
  const referenced = new Set<string>();
  const supporters = new Map<string, string>();
  const categories = new Map<string, string>();
  const graph: unknown[] = [];
  for (const entity of analysis.entities) {
    defined.add(key(entity.kind, entity.id));
    if (entity.kind !== 'kpi') continue;
    append(categories, entity.id, comparable(entity.data.category));
    graph.push(entity.id, comparable(entity.data.guardrails));
  }
  for (const reference of analysis.references) {
    referenced.add(key(reference.kind, reference.id));
    if (reference.kind === 'pillar' && reference.from.kind === 'kpi' && reference.field === 'supports') {
      append(supporters, reference.id, `${JSON.stringify(reference.from.id)}:${comparable(reference.from.data.status)}`);
    }
  }
  return { defined, referenced, supporters, categories, guardrailGraph: JSON.stringify(graph) };
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

function append(map: Map<string, string>, id: string, value: string): void {
  const previous = map.get(id);
  map.set(id, previous === undefined ? value : `${previous},${value}`);
}

/** What an edit changed in a file's facts: what the rules' scopes ask about, computed once per edit. */
export interface FactsChange {
  /** `kind\0id` defined before or after the edit. */
  defined: string[];
  /** `kind\0id` defined before or after, not both: ids that appeared or disappeared. */
  appeared: string[];
  /** `kind\0id` referred to before or after, not both. */
  referenced: string[];
  /** Pillar ids whose supporting KPIs (or their status) changed. */
  supporters: string[];
  /** KPI ids whose categories changed. */
  categories: string[];
  /** Whether the file's part of the guardrail graph changed. */
  guardrailGraph: boolean;
}

export function compareFacts(before: FileFacts, after: FileFacts): FactsChange {
  return {
    defined: [...new Set([...before.defined, ...after.defined])],
    appeared: symmetricDifference(before.defined, after.defined),
    referenced: symmetricDifference(before.referenced, after.referenced),
    supporters: changedKeys(before.supporters, after.supporters),
    categories: changedKeys(before.categories, after.categories),
    guardrailGraph: before.guardrailGraph !== after.guardrailGraph,
  };
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
