import { isDeepStrictEqual } from 'node:util';
import type { Entity } from '../model/entity.js';
import { entityName } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';

/** Entities paired across the two sides: by section and id, renames by their content. */
export interface EntityPairs {
  added: Entity[];
  removed: Entity[];
  /** Same section, same content, a new id. */
  renamed: { before: Entity; after: Entity }[];
  /** Same section and id at both sides (edited or not). */
  kept: { before: Entity; after: Entity }[];
}

/** Pairs the entities of BASE and HEAD. The first definition of a duplicated id stands for it, as the first does for lint. */
export function matchEntities(base: ProjectIndex | undefined, head: ProjectIndex | undefined): EntityPairs {
  const before = byName(base);
  const after = byName(head);
  const pairs: EntityPairs = { added: [], removed: [], renamed: [], kept: [] };
  for (const [name, entity] of after) {
    const old = before.get(name);
    if (old) pairs.kept.push({ before: old, after: entity });
    else pairs.added.push(entity);
  }
  for (const [name, entity] of before) if (!after.has(name)) pairs.removed.push(entity);
  findRenames(pairs);
  return pairs;
}

/** An added and a removed entity of one kind with the same fields but the id are one entity renamed. */
function findRenames(pairs: EntityPairs): void {
  const removedByContent = new Map<string, Entity[]>();
  for (const entity of pairs.removed) listOf(removedByContent, contentKey(entity)).push(entity);
  const renamedFrom = new Set<Entity>();
  pairs.added = pairs.added.filter((entity) => {
    const candidates = removedByContent.get(contentKey(entity));
    const match = candidates?.find((old) => !renamedFrom.has(old) && isDeepStrictEqual(withoutId(old.data), withoutId(entity.data)));
    if (!match) return true;
    renamedFrom.add(match);
    pairs.renamed.push({ before: match, after: entity });
    return false;
  });
  pairs.removed = pairs.removed.filter((entity) => !renamedFrom.has(entity));
}

/** A cheap key that equal contents share (the deep comparison decides). */
function contentKey(entity: Entity): string {
  return `${entity.kind}\0${JSON.stringify(withoutId(entity.data))}`;
}

function withoutId(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { id: _id, pillars: _pillars, ...rest } = data;
  return rest;
}

function byName(index: ProjectIndex | undefined): Map<string, Entity> {
  const map = new Map<string, Entity>();
  if (!index) return map;
  for (const entities of index.entities.values()) {
    for (const entity of entities) {
      const name = entityName(entity);
      if (!map.has(name)) map.set(name, entity);
    }
  }
  return map;
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
