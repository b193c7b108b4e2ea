import type { Code } from 'mdast';
import { nameOf, textOf } from '../fields.js';
import { isDraft } from '../status.js';
import { currentSupportersOf } from '../supporters.js';
import type { HandbookView } from '../view.js';
import { count } from '../words.js';
import { Flowchart, shorten } from './flowchart.js';

/** Pillars drawn in the overview; beyond, one node says how many more (a column of ~8 fits a screen). */
export const OVERVIEW_MAX_PILLARS = 8;

/**
 * The line of sight on the front page: promise → pillars, each pillar with how many KPIs and
 * standards show whether it is kept. The KPIs themselves are left to the pillars' own diagrams, so
 * the overview stays one small picture however large the project is.
 */
export function overviewDiagram(view: HandbookView): Code | undefined {
  if (view.pillars.length === 0) return undefined;
  const chart = new Flowchart();
  const statement = view.mission && textOf(view.mission.data.statement);
  const promise = chart.node(statement ? shorten(statement) : 'Customer promise', 'promise');
  const fits = view.pillars.length <= OVERVIEW_MAX_PILLARS;
  const shown = fits ? view.pillars : view.pillars.slice(0, OVERVIEW_MAX_PILLARS - 1);
  for (const pillar of shown) chart.edge(promise, chart.node(`${nameOf(pillar.data, pillar.id)} — ${supportCounts(view, pillar.id)}`, 'pillar'));
  if (!fits) chart.edge(promise, chart.node(`+ ${view.pillars.length - shown.length} more pillars`, 'more'));
  return chart.toCode();
}

/** "4 KPIs (1 draft), 3 standards": what supports a pillar today, counted as the pillar's entry lists it. */
export function supportCounts(view: HandbookView, pillarId: string): string {
  const { kpis, standards } = currentSupportersOf(view, pillarId);
  if (kpis.length === 0 && standards.length === 0) return 'no KPI or standard yet';
  const drafts = kpis.filter(isDraft).length;
  return `${count(kpis.length, 'KPI')}${drafts > 0 ? ` (${count(drafts, 'draft')})` : ''}, ${count(standards.length, 'standard')}`;
}
