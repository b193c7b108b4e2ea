import type { Entity } from '../model/entity.js';
import type { EntityKind } from '../model/sections.js';
import { nameOf } from './fields.js';
import { oneLine, type TargetKey } from './mdast.js';

/** The handbook's pages, in reading order (the order of sections in a source, then the health page). */
export const PAGE_NAMES = ['index', 'values', 'owners', 'standards', 'kpis', 'initiatives', 'rituals', 'health'] as const;
export type PageName = (typeof PAGE_NAMES)[number];

/** The page each kind of entity is shown on. Pillars and the mission belong to the front page. */
export const PAGE_OF_KIND: Record<EntityKind, PageName> = {
  mission: 'index',
  pillar: 'index',
  value: 'values',
  owner: 'owners',
  standard: 'standards',
  kpi: 'kpis',
  initiative: 'initiatives',
  ritual: 'rituals',
};

/** The heading of the customer promise; the mission has no id of its own to use as an anchor. */
export const PROMISE_HEADING = 'The customer promise';

/** The file a page is written to: fixed names, never built from ids. */
export function pageFile(page: PageName, singlePage: boolean): string {
  return singlePage ? 'index.md' : `${page}.md`;
}

export function entityKey(kind: EntityKind, id: string): TargetKey {
  return `${kind}:${id}`;
}

const keys = new WeakMap<Entity, TargetKey>();

/**
 * An entity's key, made once: the links to it and its heading then share one string, which maps
 * hash once, rather than a new string per link (a large project has hundreds of thousands).
 */
export function keyOf(entity: Entity): TargetKey {
  let key = keys.get(entity);
  if (key === undefined) keys.set(entity, (key = entityKey(entity.kind, entity.id)));
  return key;
}

export function pageKey(page: PageName): TargetKey {
  return `page:${page}`;
}

/** The text of an entity's heading: what people call it (its name, else its id). */
export function headingText(entity: Entity): string {
  return entity.kind === 'mission' ? PROMISE_HEADING : oneLine(nameOf(entity.data, entity.id));
}

/** Where the handbook shows an entity: its page, and the anchor of its heading there. */
export interface HandbookLocation {
  path: string;
  anchor: string;
}

/**
 * The key of the heading that shows the entity an id names. The promise's heading stands for the
 * mission, whatever its id.
 */
export function locationKey(kind: EntityKind, id: string): TargetKey {
  return kind === 'mission' ? MISSION_KEY : entityKey(kind, id);
}

const MISSION_KEY: TargetKey = entityKey('mission', 'mission');
