import type { Settings } from '../load/settings.js';
import type { Entity } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { EntityKind } from '../model/sections.js';
import { fileRanks, inAuthorsOrder } from './authorsOrder.js';
import { referrersIn } from './referrers.js';

/**
 * The project as the handbook shows it: one entity per id (the first definition; duplicates are
 * the duplicate-id rule's to report), every list in the authors' order (see `fileRanks`: the
 * order a team writes things in means something, Zappos numbers its values), and who refers to
 * whom. Read-only.
 */
export interface HandbookView {
  /** The first mission, if any. */
  mission: Entity | undefined;
  /** Pillars in the order the mission lists them: the author's order means something. */
  pillars: readonly Entity[];
  /** Every entity of a kind, one per id, in the authors' order. */
  all(kind: EntityKind): readonly Entity[];
  /** The entity an id names, if it is defined. */
  get(kind: EntityKind, id: string): Entity | undefined;
  /** The entities of `fromKind` whose `field` names this entity, one each, in the authors' order. */
  referrers(kind: EntityKind, id: string, fromKind: EntityKind, field: string): readonly Entity[];
  /** How many source files the project has. */
  sourceCount: number;
}

/** Builds the view once per render; every page reads from it. */
export function buildView(index: ProjectIndex, settings: Pick<Settings, 'root' | 'include'>): HandbookView {
  const ranks = fileRanks(index, settings);
  const ordered = new Map<EntityKind, Entity[]>();
  /** Each shown entity's place among those of its kind; an entity the handbook does not show (a later definition of an id) has none. */
  const places = new Map<Entity, number>();
  for (const [kind, entities] of index.entities) {
    const shown = inAuthorsOrder(firstPerId(entities), ranks);
    ordered.set(kind, shown);
    shown.forEach((entity, place) => places.set(entity, place));
  }
  const get = (kind: EntityKind, id: string): Entity | undefined => index.definitions(kind, id)[0];
  return {
    mission: index.entities.get('mission')?.[0],
    pillars: ordered.get('pillar') ?? [],
    all: (kind) => ordered.get(kind) ?? [],
    get,
    referrers: referrersIn(index, (entity) => places.get(entity)),
    sourceCount: index.files.length,
  };
}

function firstPerId(entities: readonly Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => !seen.has(entity.id) && seen.add(entity.id));
}
