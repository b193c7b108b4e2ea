// Facts that name other entities: each one a link, or "(not defined)" text for an unknown id.
import type { Entity } from '../model/entity.js';
import type { EntityKind } from '../model/sections.js';
import { entityLinks, refLink, refLinks } from './context.js';
import { type ValueFact, type WordsFact, wordsFact } from './entitySection.js';
import { textOf } from './fields.js';
import type { HandbookView } from './view.js';

/** The one owner (or approver) a field names; says `missing` when there is none, because a gap in accountability is worth seeing. */
export function ownerFact(view: HandbookView, value: unknown, label = 'Owner', missing = 'nobody yet'): WordsFact | ValueFact {
  const id = textOf(value);
  return id === undefined ? wordsFact(label, missing) : { label, value: refLink(view, 'owner', id) };
}

/** The entities a list field names, in the author's order; says `missing` (if given) when it names none. */
export function refsFact(view: HandbookView, label: string, kind: EntityKind, value: unknown, missing?: string): WordsFact | ValueFact {
  const links = refLinks(view, kind, value);
  return links.length === 0 && missing !== undefined ? wordsFact(label, missing) : { label, value: links };
}

/** The entities that name this one (back-references), in the authors' order. */
export function backRefsFact(label: string, entities: readonly Entity[]): ValueFact {
  return { label, value: entityLinks(entities) };
}

/** The pillars a KPI, standard or initiative supports; one that supports none says so, as the line-of-sight rules do. */
export function pillarsFact(view: HandbookView, value: unknown): WordsFact | ValueFact {
  return refsFact(view, 'Pillars', 'pillar', value, 'none yet, so it has no line of sight to the promise');
}
