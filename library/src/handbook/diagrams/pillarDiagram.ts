import type { Code } from 'mdast';
import type { Entity } from '../../model/entity.js';
import { idsOf, nameOf, textOf } from '../fields.js';
import { remembered } from '../../util/remembered.js';
import { isDraft } from '../status.js';
import { currentSupportersOf } from '../supporters.js';
import type { HandbookView } from '../view.js';
import { count } from '../words.js';
import { Flowchart, shorten } from './flowchart.js';

/**
 * The node budget of a pillar's diagram, per column: a column of five or six nodes with two-line
 * names fits a laptop screen at a page's width (the Mermaid render test measures it). Beyond, one
 * node says how many more.
 */
export const PILLAR_MAX_KPIS = 5;
/** Guardrails not drawn among those KPIs (from another pillar, or beyond the budget), drawn next to them. */
export const PILLAR_MAX_OTHER_GUARDRAILS = 3;
/** Those guardrails and the standards measured share the second column. */
export const PILLAR_MAX_SECOND_COLUMN = 5;
/** Names are cut to about two lines of a node, so that a column keeps its height. */
const NAME_MAX = 40;

/** What a pillar's KPIs and standards say about each other, from their `guardrails:` and `measuredBy:`. */
interface Relations {
  kpis: readonly Entity[];
  standards: readonly Entity[];
  guardrailsOf(kpi: Entity): Entity[];
  measures(kpi: Entity, standard: Entity): boolean;
  /** Whether the KPI guards, is guarded by, or measures a standard of the pillar: worked out once per KPI (a pillar of a large project has thousands). */
  linked(kpi: Entity): boolean;
}

function relationsOf(view: HandbookView, pillar: Entity): Relations {
  const { kpis, standards } = currentSupportersOf(view, pillar.id);
  const measuredBy = new Map(standards.map((standard) => [standard, new Set(idsOf(standard.data.measuredBy))]));
  const measuredByAny = new Set([...measuredBy.values()].flatMap((ids) => [...ids]));
  const guardrailsOf = remembered((kpi: Entity) => idsOf(kpi.data.guardrails).flatMap((id) => view.get('kpi', id) ?? []).filter((guard) => guard !== kpi));
  const guarded = new Set(kpis.flatMap(guardrailsOf));
  return {
    kpis,
    standards,
    guardrailsOf,
    measures: (kpi, standard) => measuredBy.get(standard)!.has(kpi.id),
    linked: (kpi) => guardrailsOf(kpi).length > 0 || guarded.has(kpi) || measuredByAny.has(kpi.id),
  };
}

/**
 * One pillar's diagram: what its list does not show, namely which KPI guards which (a dotted
 * arrow from a KPI to its guardrail, which may belong to another pillar) and which standards the
 * KPIs measure. KPIs that take part come first. Undefined when there is no such link: the diagram
 * would only repeat the list.
 */
export function pillarDiagram(view: HandbookView, pillar: Entity): Code | undefined {
  const { kpis, standards, guardrailsOf, measures, linked } = relationsOf(view, pillar);
  const linkedKpis = kpis.filter(linked);
  if (linkedKpis.length === 0) return undefined;

  const chart = new Flowchart();
  const root = chart.node(shorten(nameOf(pillar.data, pillar.id), NAME_MAX), 'pillar');
  const nodes = new Map<Entity, string>();
  const shownKpis = [...linkedKpis, ...kpis.filter((kpi) => !linked(kpi)).slice(0, PILLAR_MAX_KPIS)].slice(0, PILLAR_MAX_KPIS);
  for (const kpi of shownKpis) {
    nodes.set(kpi, chart.node(kpiLabel(kpi), 'kpi'));
    chart.edge(root, nodes.get(kpi)!);
  }
  const others = [...new Set(shownKpis.flatMap(guardrailsOf))].filter((guard) => !nodes.has(guard)).slice(0, PILLAR_MAX_OTHER_GUARDRAILS);
  for (const guard of others) nodes.set(guard, chart.node(kpiLabel(guard, kpis.includes(guard) ? undefined : homeOf(view, guard)), 'kpi'));
  drawGuardrails(chart, shownKpis, guardrailsOf, nodes);
  // Only the standards these KPIs measure get a node: the others are in the list, and a column of them would not fit.
  const measured = standards.filter((standard) => shownKpis.some((kpi) => measures(kpi, standard)));
  const shownStandards = measured.slice(0, PILLAR_MAX_SECOND_COLUMN - others.length);
  for (const standard of shownStandards) {
    const node = chart.node(`Standard: ${shorten(nameOf(standard.data, standard.id), NAME_MAX)}`, 'standard');
    for (const kpi of shownKpis) if (measures(kpi, standard)) chart.edge(nodes.get(kpi)!, node, 'measures');
  }
  const more = [
    hiddenCount(kpis.length - shownKpis.length, 'more KPI'),
    hiddenCount(measured.length - shownStandards.length, 'more standard'),
    hiddenCount(standards.length - measured.length, 'standard', ' not measured by the KPIs shown'),
  ].filter(Boolean);
  if (more.length > 0) chart.edge(root, chart.node(`+ ${more.join(', ')}`, 'more'));
  return chart.toCode();
}

/**
 * The dotted arrows from KPIs to their guardrails, one step deep: an arrow that would continue a
 * chain (a guardrail that has guardrails of its own) is left to the catalogue, since each step
 * adds a column and a long chain would no longer fit the page.
 */
function drawGuardrails(chart: Flowchart, kpis: readonly Entity[], guardrailsOf: (kpi: Entity) => Entity[], nodes: ReadonlyMap<Entity, string>): void {
  const guarded = new Set<Entity>();
  const guards = new Set<Entity>();
  for (const kpi of kpis) {
    for (const guard of guardrailsOf(kpi)) {
      if (!nodes.has(guard) || guards.has(kpi) || guarded.has(guard)) continue;
      chart.edge(nodes.get(kpi)!, nodes.get(guard)!, 'guardedBy');
      guarded.add(kpi);
      guards.add(guard);
    }
  }
}

/** "KPI: Name", marked when it is a draft or retired, and with its pillar when it belongs to another. */
function kpiLabel(kpi: Entity, home?: string): string {
  const status = textOf(kpi.data.status);
  const marks = [status === 'retired' || isDraft(kpi) ? status : undefined, home && `from ${home}`].filter(Boolean);
  return `KPI: ${shorten(nameOf(kpi.data, kpi.id), NAME_MAX)}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
}

/** The name of the first pillar a KPI supports, or "no pillar". */
function homeOf(view: HandbookView, kpi: Entity): string {
  const pillar = idsOf(kpi.data.supports).map((id) => view.get('pillar', id)).find(Boolean);
  return pillar ? shorten(nameOf(pillar.data, pillar.id), NAME_MAX) : 'no pillar';
}

/** "3 more KPIs", or nothing when none is hidden. */
function hiddenCount(hidden: number, what: string, after = ''): string {
  return hidden > 0 ? `${count(hidden, what)}${after}` : '';
}
