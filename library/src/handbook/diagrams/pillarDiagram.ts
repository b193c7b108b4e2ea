import type { Code } from 'mdast';
import type { Entity } from '../../model/entity.js';
import { idsOf, nameOf, textOf } from '../fields.js';
import { currentSupportersOf, isDraft } from '../supporters.js';
import type { HandbookView } from '../view.js';
import { count } from '../words.js';
import { Flowchart } from './flowchart.js';

/**
 * The node budget of a pillar's diagram, per column: a column of about eight nodes fits a laptop
 * screen at a page's width (the Mermaid render test measures it). Beyond, a node says how many more.
 */
export const PILLAR_MAX_KPIS = 6;
/** Guardrails from other pillars drawn next to the pillar's own KPIs. */
export const PILLAR_MAX_OUTSIDE_GUARDRAILS = 3;
export const PILLAR_MAX_STANDARDS = 6;

/** What a pillar's KPIs and standards say about each other, from their `guardrails:` and `measuredBy:`. */
interface Relations {
  kpis: readonly Entity[];
  standards: readonly Entity[];
  guardrailsOf(kpi: Entity): Entity[];
  measures(kpi: Entity, standard: Entity): boolean;
}

function relationsOf(view: HandbookView, pillar: Entity): Relations {
  const { kpis, standards } = currentSupportersOf(view, pillar.id);
  const measuredBy = new Map(standards.map((standard) => [standard, new Set(idsOf(standard.data.measuredBy))]));
  return {
    kpis,
    standards,
    guardrailsOf: (kpi) => idsOf(kpi.data.guardrails).flatMap((id) => view.get('kpi', id) ?? []).filter((guard) => guard !== kpi),
    measures: (kpi, standard) => measuredBy.get(standard)!.has(kpi.id),
  };
}

/**
 * One pillar's diagram: what its list does not show, namely which KPI guards which (a dotted
 * arrow from a KPI to its guardrail, which may belong to another pillar) and which standards the
 * KPIs measure. KPIs that take part come first. Undefined when there is no such link: the diagram
 * would only repeat the list.
 */
export function pillarDiagram(view: HandbookView, pillar: Entity): Code | undefined {
  const { kpis, standards, guardrailsOf, measures } = relationsOf(view, pillar);
  const guarded = new Set(kpis.flatMap(guardrailsOf));
  const linked = (kpi: Entity) => guardrailsOf(kpi).length > 0 || guarded.has(kpi) || standards.some((standard) => measures(kpi, standard));
  if (!kpis.some(linked)) return undefined;

  const chart = new Flowchart();
  const root = chart.node(nameOf(pillar.data, pillar.id), 'pillar');
  const nodes = new Map<Entity, string>();
  const shownKpis = [...kpis.filter(linked), ...kpis.filter((kpi) => !linked(kpi))].slice(0, PILLAR_MAX_KPIS);
  for (const kpi of shownKpis) {
    nodes.set(kpi, chart.node(kpiLabel(kpi), 'kpi'));
    chart.edge(root, nodes.get(kpi)!);
  }
  const outside = [...new Set(shownKpis.flatMap(guardrailsOf))].filter((guard) => !nodes.has(guard)).slice(0, PILLAR_MAX_OUTSIDE_GUARDRAILS);
  for (const guard of outside) nodes.set(guard, chart.node(`${kpiLabel(guard)}, another pillar's`, 'kpi'));
  drawGuardrails(chart, shownKpis, guardrailsOf, nodes);
  // Only the standards these KPIs measure get a node: the others are in the list, and a column of them would not fit.
  const measuredStandards = standards.filter((standard) => shownKpis.some((kpi) => measures(kpi, standard))).slice(0, PILLAR_MAX_STANDARDS);
  for (const standard of measuredStandards) {
    const node = chart.node(`Standard: ${nameOf(standard.data, standard.id)}`, 'standard');
    for (const kpi of shownKpis) if (measures(kpi, standard)) chart.edge(nodes.get(kpi)!, node, 'measures');
  }
  const more = [hiddenCount(kpis.length - shownKpis.length, 'KPI'), hiddenCount(standards.length - measuredStandards.length, 'standard')].filter(Boolean);
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

function kpiLabel(kpi: Entity): string {
  const status = textOf(kpi.data.status);
  const mark = status === 'retired' || isDraft(kpi) ? ` (${status})` : '';
  return `KPI: ${nameOf(kpi.data, kpi.id)}${mark}`;
}

/** "3 more KPIs", or nothing when none is hidden. */
function hiddenCount(hidden: number, what: string): string {
  return hidden > 0 ? count(hidden, `more ${what}`) : '';
}
