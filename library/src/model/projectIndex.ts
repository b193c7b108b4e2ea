import type { Entity, Reference } from './entity.js';
import type { EntityKind } from './sections.js';
import type { FileAnalysis } from './fileAnalysis.js';

/**
 * The whole project, indexed for lookups by id. Maps (never plain objects) so that ids such as
 * `constructor` or `__proto__` are ordinary keys.
 */
export interface ProjectIndex {
  files: readonly FileAnalysis[];
  /** Every entity of a kind, in file order, including duplicates. */
  entities: ReadonlyMap<EntityKind, readonly Entity[]>;
  /** All definitions of an id of a kind (more than one is a duplicate). */
  definitions(kind: EntityKind, id: string): readonly Entity[];
  /** Every reference, in file order. */
  references: readonly Reference[];
  /** The references that point at an id of a kind. */
  referencesTo(kind: EntityKind, id: string): readonly Reference[];
}

const NONE: readonly never[] = [];

/** Indexes every file's entities and references in one pass. */
export function buildProjectIndex(files: readonly FileAnalysis[]): ProjectIndex {
  const entities = new Map<EntityKind, Entity[]>();
  const byId = new Map<EntityKind, Map<string, Entity[]>>();
  const references: Reference[] = [];
  const incoming = new Map<EntityKind, Map<string, Reference[]>>();
  for (const file of files) {
    for (const entity of file.entities) {
      push(entities, entity.kind, entity);
      push(mapOf(byId, entity.kind), entity.id, entity);
    }
    for (const reference of file.references) {
      references.push(reference);
      push(mapOf(incoming, reference.kind), reference.id, reference);
    }
  }
  return {
    files,
    entities,
    references,
    definitions: (kind, id) => byId.get(kind)?.get(id) ?? NONE,
    referencesTo: (kind, id) => incoming.get(kind)?.get(id) ?? NONE,
  };
}

function mapOf<K, V>(outer: Map<EntityKind, Map<K, V>>, kind: EntityKind): Map<K, V> {
  let inner = outer.get(kind);
  if (!inner) outer.set(kind, (inner = new Map()));
  return inner;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
