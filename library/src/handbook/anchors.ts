import { slug } from 'github-slugger';
import type { Entity } from '../model/entity.js';
import type { EntityKind } from '../model/sections.js';
import { oneLine, type TargetKey } from './mdast.js';
import type { HandbookOptions } from './options.js';

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

/** The text of an entity's heading: its id, so that its anchor stays stable when its name changes. */
export function headingText(kind: EntityKind, id: string): string {
  return kind === 'mission' ? PROMISE_HEADING : oneLine(id);
}

/**
 * Where the handbook shows an entity: the page and the anchor of its heading (for "Preview
 * handbook" in the editor). For a kebab-case id the anchor is the id itself under GitHub, MkDocs
 * and Docusaurus. Only when two headings of a page slug alike (an id that repeats a page heading)
 * does the rendered page number the later one (`-1`), which this does not know of.
 */
export function handbookLocation(kind: EntityKind, id: string, options: Pick<HandbookOptions, 'singlePage'>): { path: string; anchor: string } {
  return { path: pageFile(PAGE_OF_KIND[kind], options.singlePage), anchor: slug(headingText(kind, id)) };
}
