import type { Entity, Reference } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { EntityKind } from '../model/sections.js';
import { remembered } from '../util/remembered.js';

/** Referring entities by their kind and the field they refer from. */
type Referrers = ReadonlyMap<EntityKind, ReadonlyMap<string, readonly Entity[]>>;

const NONE: readonly Entity[] = [];
const NO_REFERRERS: Referrers = new Map();

/**
 * The entities of `fromKind` whose `field` names an entity (only those the handbook shows), one
 * each, in the authors' order: `placeOf` gives a shown entity's place among those of its kind,
 * and nothing for one the handbook does not show. Pages ask for an entity's back-references
 * several times, one field each, so they are sorted out once per entity, and only for entities
 * that have any (most KPIs have none).
 */
export function referrersIn(index: ProjectIndex, placeOf: (entity: Entity) => number | undefined): (kind: EntityKind, id: string, fromKind: EntityKind, field: string) => readonly Entity[] {
  const byKind = new Map<EntityKind, (id: string) => Referrers>();
  const referrersOf = (kind: EntityKind, id: string): Referrers => {
    if (index.referencesTo(kind, id).length === 0) return NO_REFERRERS;
    let ofKind = byKind.get(kind);
    if (!ofKind) byKind.set(kind, (ofKind = remembered((target: string) => group(index.referencesTo(kind, target), placeOf))));
    return ofKind(id);
  };
  return (kind, id, fromKind, field) => referrersOf(kind, id).get(fromKind)?.get(field) ?? NONE;
}

/** The shown entities behind references, by kind and field, each once, in the authors' order. */
function group(references: readonly Reference[], placeOf: (entity: Entity) => number | undefined): Referrers {
  // Each place is looked up once, not at every comparison: an owner of a large project owns thousands.
  const groups = new Map<EntityKind, Map<string, Map<Entity, number>>>();
  for (const { from, field } of references) {
    const place = placeOf(from);
    if (place === undefined) continue;
    let byField = groups.get(from.kind);
    if (!byField) groups.set(from.kind, (byField = new Map()));
    let places = byField.get(field);
    if (!places) byField.set(field, (places = new Map()));
    places.set(from, place);
  }
  return new Map([...groups].map(([kind, byField]) => [kind, new Map([...byField].map(([field, places]) => [field, inPlaceOrder(places)]))]));
}

function inPlaceOrder(places: ReadonlyMap<Entity, number>): Entity[] {
  return [...places].sort((a, b) => a[1] - b[1]).map(([entity]) => entity);
}
