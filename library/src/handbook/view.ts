import type { Entity } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { EntityKind } from '../model/sections.js';
import { byId } from './byId.js';
import { referrersIn } from './referrers.js';

/**
 * The project as the handbook shows it: one entity per id (the first definition; duplicates are
 * the duplicate-id rule's to report), lists sorted by id, and who refers to whom. Read-only.
 */
export interface HandbookView {
  /** The first mission, if any. */
  mission: Entity | undefined;
  /** Pillars in the order the mission lists them: the author's order means something. */
  pillars: readonly Entity[];
  /** Every entity of a kind, one per id, sorted by id. */
  all(kind: EntityKind): readonly Entity[];
  /** The entity an id names, if it is defined. */
  get(kind: EntityKind, id: string): Entity | undefined;
  /** The entities of `fromKind` whose `field` names this entity, one each, sorted by id. */
  referrers(kind: EntityKind, id: string, fromKind: EntityKind, field: string): readonly Entity[];
  /** How many source files the project has. */
  sourceCount: number;
}

/** Builds the view once per render; every page reads from it. */
export function buildView(index: ProjectIndex): HandbookView {
  const firsts = new Map<EntityKind, Entity[]>();
  for (const [kind, entities] of index.entities) firsts.set(kind, firstPerId(entities));
  const sorted = new Map<EntityKind, Entity[]>();
  for (const [kind, entities] of firsts) sorted.set(kind, [...entities].sort(byId));
  const get = (kind: EntityKind, id: string): Entity | undefined => index.definitions(kind, id)[0];
  const isShown = (entity: Entity): boolean => get(entity.kind, entity.id) === entity;
  return {
    mission: index.entities.get('mission')?.[0],
    pillars: firsts.get('pillar') ?? [],
    all: (kind) => sorted.get(kind) ?? [],
    get,
    referrers: referrersIn(index, isShown),
    sourceCount: index.files.length,
  };
}

function firstPerId(entities: readonly Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => !seen.has(entity.id) && seen.add(entity.id));
}
