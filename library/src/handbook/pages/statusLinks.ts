// Links to KPIs and standards that say whether they are in use: a draft measures nothing yet, and
// a retired KPI measures nothing any more, so lists of what measures something keep them apart.
import type { PhrasingContent } from 'mdast';
import type { Entity } from '../../model/entity.js';
import { entityLink, refLink } from '../context.js';
import type { ValueFact } from '../entitySection.js';
import { idsOf, textOf } from '../fields.js';
import { joined, literal } from '../mdast.js';
import { isRetired } from '../status.js';
import type { HandbookView } from '../view.js';

/** Statuses a reader must see next to a name, because the entity is not (or no longer) in use. */
const MARKED = new Set(['draft', 'retired']);

/** A link to an entity, followed by "(draft)" or "(retired)" when it is one. */
export function markedLink(entity: Entity): PhrasingContent[] {
  const status = textOf(entity.data.status);
  return status !== undefined && MARKED.has(status) ? [...entityLink(entity), literal(` (${status})`)] : entityLink(entity);
}

/** Links to entities (back-references), each marked when it is a draft or retired. */
export function markedLinks(entities: readonly Entity[]): PhrasingContent[] {
  return joined(entities.map(markedLink));
}

/** Links to the KPIs a field names, in the author's order, each marked when it is a draft or retired. */
export function markedRefLinks(view: HandbookView, value: unknown): PhrasingContent[] {
  return joined(idsOf(value).map((id) => markedKpiLink(view, id)));
}

/**
 * Two facts about KPIs that measure something: those in use (drafts marked) under `label`, the
 * retired ones apart under `retiredLabel`, so that a retired KPI is never read as measuring it.
 */
export function measuringFacts(label: string, retiredLabel: string, kpis: readonly Entity[]): [ValueFact, ValueFact] {
  return [
    { label, value: markedLinks(kpis.filter((kpi) => !isRetired(kpi))) },
    { label: retiredLabel, value: joined(kpis.filter(isRetired).map(entityLink)) },
  ];
}

/** `measuringFacts` for the KPIs a field names; an id that names no KPI stays with those in use, marked "(not defined)". */
export function measuringRefFacts(view: HandbookView, label: string, retiredLabel: string, value: unknown): [ValueFact, ValueFact] {
  const ids = idsOf(value);
  const retired = (id: string) => {
    const kpi = view.get('kpi', id);
    return kpi !== undefined && isRetired(kpi);
  };
  return [
    { label, value: joined(ids.filter((id) => !retired(id)).map((id) => markedKpiLink(view, id))) },
    { label: retiredLabel, value: joined(ids.filter(retired).map((id) => refLink(view, 'kpi', id))) },
  ];
}

function markedKpiLink(view: HandbookView, id: string): PhrasingContent[] {
  const kpi = view.get('kpi', id);
  return kpi ? markedLink(kpi) : refLink(view, 'kpi', id);
}
