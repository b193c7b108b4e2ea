import type { Entity } from '../model/entity.js';
import { remembered } from '../util/remembered.js';
import { isCurrent } from './status.js';
import type { HandbookView } from './view.js';

/** What supports a pillar (names it in `supports:`): the line of sight from the promise down. */
export interface Supporters {
  kpis: readonly Entity[];
  standards: readonly Entity[];
  initiatives: readonly Entity[];
  rituals: readonly Entity[];
}

export function supportersOf(view: HandbookView, pillarId: string): Supporters {
  const by = (kind: Entity['kind']) => view.referrers('pillar', pillarId, kind, 'supports');
  return { kpis: by('kpi'), standards: by('standard'), initiatives: by('initiative'), rituals: by('ritual') };
}

const current = new WeakMap<HandbookView, (pillarId: string) => Supporters>();

/**
 * What supports a pillar today: a retired KPI or standard measures nothing any more, so it is left
 * out. Worked out once per pillar and view: the front page, its overview and each pillar's diagram
 * all ask, and a pillar of a large project has thousands of KPIs.
 */
export function currentSupportersOf(view: HandbookView, pillarId: string): Supporters {
  let of = current.get(view);
  if (!of) current.set(view, (of = remembered((id: string) => currentNow(view, id))));
  return of(pillarId);
}

function currentNow(view: HandbookView, pillarId: string): Supporters {
  const supporters = supportersOf(view, pillarId);
  return { ...supporters, kpis: supporters.kpis.filter(isCurrent), standards: supporters.standards.filter(isCurrent) };
}

