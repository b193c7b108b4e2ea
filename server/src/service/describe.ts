import type { Entity, EntityKind, Reference } from 'cxgov';
import { KIND_LABEL } from 'cxgov/editor';
import type { ProjectIndex } from 'cxgov/editor';

/** The human name of an entry: its name, a standard's title, or the mission's statement. */
export function entityTitle(entity: Entity): string | undefined {
  for (const field of ['name', 'title', 'statement']) {
    const value = entity.data[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

/** How a link reads from the side of the entry it points at, by the field that holds it. */
const VERB: Record<string, string> = {
  owner: 'owns',
  approvedBy: 'approves',
  members: 'member of',
  supports: 'supported by',
  values: 'upheld by',
  measuredBy: 'measures',
  guardrails: 'guards',
  kpis: 'tracked by',
};

/** The entries that point at one entry, grouped by what the link means ("owns", "supported by") and by kind. */
export interface Relation {
  verb: string;
  kind: EntityKind;
  entities: Entity[];
  /** Where each of `entities` names the entry (its first mention in this group), in the same order. */
  references: Reference[];
}

/** The order relations read in: what an entry is for first, then who tracks it, then memberships. */
const VERB_ORDER = ['sponsors', 'owns', 'supported by', 'upheld by', 'measures', 'guards', 'tracked by', 'approves', 'member of'];
const KIND_ORDER: EntityKind[] = ['mission', 'kpi', 'standard', 'initiative', 'ritual', 'owner', 'pillar', 'value'];

/** Every incoming link of an entry, grouped and in reading order; each referring entry counted once per group. */
export function relationsOf(index: ProjectIndex, kind: EntityKind, id: string): Relation[] {
  const groups = new Map<string, Relation>();
  for (const reference of index.referencesTo(kind, id)) {
    const verb = verbOf(reference);
    const key = `${verb}\u0000${reference.from.kind}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { verb, kind: reference.from.kind, entities: [], references: [] }));
    if (group.entities.includes(reference.from)) continue;
    group.entities.push(reference.from);
    group.references.push(reference);
  }
  const rank = (list: readonly string[], item: string) => (list.includes(item) ? list.indexOf(item) : list.length);
  return [...groups.values()].sort((a, b) => rank(VERB_ORDER, a.verb) - rank(VERB_ORDER, b.verb) || rank(KIND_ORDER, a.kind) - rank(KIND_ORDER, b.kind));
}

function verbOf(reference: Reference): string {
  if (reference.from.kind === 'mission') return 'sponsors';
  return VERB[reference.field] ?? `referred to in ${reference.field} of`;
}

/** "3 KPIs", "1 standard", "the mission". */
export function count(kind: EntityKind, n: number): string {
  if (kind === 'mission') return 'the mission';
  return `${n} ${n === 1 ? KIND_LABEL[kind].one : KIND_LABEL[kind].many}`;
}

/** How many entries a relation holds, in words: an owner listing members is a team. */
export function relationCount({ verb, kind, entities }: Relation): string {
  if (verb === 'member of') return `${entities.length} ${entities.length === 1 ? 'team' : 'teams'}`;
  return count(kind, entities.length);
}

/** One line per relation, with names: "owns 2 KPIs: Net Promoter Score, Repeat purchase rate". */
export function relationLines(relations: readonly Relation[], maxNames = 6): string[] {
  return relations.map((relation) => {
    const { verb, kind, entities } = relation;
    if (kind === 'mission') return `${verb} the mission`;
    const names = entities.slice(0, maxNames).map((entity) => `\`${entity.id}\`${entityTitle(entity) ? ` (${entityTitle(entity)})` : ''}`);
    const more = entities.length > maxNames ? `, and ${entities.length - maxNames} more` : '';
    return `${verb} ${relationCount(relation)}: ${names.join(', ')}${more}`;
  });
}

/** Markdown about an entry: what it is, its own words, and what points at it. */
export function describeEntity(index: ProjectIndex, entity: Entity): string {
  const title = entityTitle(entity);
  const label = KIND_LABEL[entity.kind].one;
  const facts = [label, ...detailFacts(entity)].join(', ');
  const heading = title ? `**${title}** — ${facts} \`${entity.id}\`` : `**\`${entity.id}\`** — ${facts}`;
  const parts = [heading];
  const description = entity.data.description;
  if (typeof description === 'string' && description.trim() !== '') parts.push(description.trim());
  const lines = relationLines(relationsOf(index, entity.kind, entity.id));
  parts.push(lines.length > 0 ? lines.map((line) => `- ${capitalise(line)}`).join('\n') : `Nothing refers to this ${label} yet.`);
  return parts.join('\n\n');
}

/** The few fields that say what kind of thing an entry is (an owner's type, a KPI's category and unit). */
function detailFacts(entity: Entity): string[] {
  const fields = entity.kind === 'owner' ? ['type'] : entity.kind === 'kpi' ? ['category', 'unit', 'status'] : ['status', 'door', 'cadence'];
  return fields.map((field) => entity.data[field]).filter((value): value is string => typeof value === 'string' && value !== '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
