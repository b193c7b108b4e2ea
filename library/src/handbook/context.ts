import type { Link, PhrasingContent } from 'mdast';
import type { Entity } from '../model/entity.js';
import type { Problem } from '../model/problem.js';
import type { Settings } from '../load/settings.js';
import type { EntityKind } from '../model/sections.js';
import { keyOf, pageKey, type PageName } from './anchors.js';
import type { ReviewState } from './review.js';
import { idsOf, nameOf } from './fields.js';
import { internalLink, joined, text } from './mdast.js';
import type { HandbookView } from './view.js';

/** What every page renders from. */
export interface RenderContext {
  view: HandbookView;
  settings: Settings;
  /** The project's lint problems, judged `UNDATED`: the pages never depend on the day they are made. */
  problems: readonly Problem[];
  title: string;
  /** An entity's review (see `reviewOf`), worked out once: the health check and the entry both show it. */
  review(entity: Entity): ReviewState | undefined;
}

const links = new WeakMap<Entity, Link>();

/**
 * A link to an entity, showing its name. The link is made once per entity and shared: a large
 * project links each entity from several pages, hundreds of thousands of links in all. The page
 * writer sets a shared link's URL for a page just before it writes that page.
 */
export function entityLink(entity: Entity): PhrasingContent[] {
  let link = links.get(entity);
  if (!link) links.set(entity, (link = internalLink(keyOf(entity), nameOf(entity.data, entity.id))));
  return [link];
}

/** A link to the entity an id names, or the id as plain text marked "(not defined)": never a broken link. */
export function refLink(view: HandbookView, kind: EntityKind, id: string): PhrasingContent[] {
  const entity = view.get(kind, id);
  return entity ? entityLink(entity) : [text(`${id} (not defined)`)];
}

/** Links to every id a reference field names, in the author's order, comma-separated; empty when none. */
export function refLinks(view: HandbookView, kind: EntityKind, value: unknown): PhrasingContent[] {
  return joined(idsOf(value).map((id) => refLink(view, kind, id)));
}

/** Links to entities (back-references), comma-separated. */
export function entityLinks(entities: readonly Entity[]): PhrasingContent[] {
  return joined(entities.map(entityLink));
}

export function pageLink(page: PageName, label: string): PhrasingContent {
  return internalLink(pageKey(page), label);
}
