import type { Code } from 'mdast';
import type { Entity } from '../../model/entity.js';
import { entityKey } from '../anchors.js';
import { nameOf, textOf } from '../fields.js';
import { supportersOf } from '../supporters.js';
import type { HandbookView } from '../view.js';
import { count } from '../words.js';
import { Flowchart, shorten, type Shape } from './flowchart.js';

/** Beyond this many nodes the front-page diagram only shows the promise and the pillars, with counts. */
export const FULL_DIAGRAM_MAX_NODES = 40;
/** A pillar's own diagram shows at most this many nodes, the last one saying how many more there are. */
export const PILLAR_DIAGRAM_MAX_NODES = 25;

/** The label of a KPI or standard node, saying which it is. */
function itemLabel(entity: Entity): string {
  return `${entity.kind === 'kpi' ? 'KPI' : 'Standard'}: ${nameOf(entity.data, entity.id)}`;
}

function promiseLabel(view: HandbookView): string {
  const statement = view.mission && textOf(view.mission.data.statement);
  return statement ? shorten(statement) : 'Customer promise';
}

/** The KPIs, then the standards, that support a pillar. */
function itemsOf(view: HandbookView, pillar: Entity): Entity[] {
  const { kpis, standards } = supportersOf(view, pillar.id);
  return [...kpis, ...standards];
}

/**
 * The line of sight on the front page: promise → pillars → the KPIs and standards that support
 * them. A KPI that supports two pillars is one node with two arrows. When that would be too many
 * nodes to read, it shows promise → pillars, each pillar with its counts, and leaves the detail to
 * the pillars' own diagrams.
 */
export function lineOfSightDiagram(view: HandbookView): Code | undefined {
  if (view.pillars.length === 0) return undefined;
  const chart = new Flowchart();
  const promise = chart.node(promiseLabel(view), 'promise');
  const items = view.pillars.map((pillar) => itemsOf(view, pillar));
  const distinct = new Set(items.flat().map((entity) => entityKey(entity.kind, entity.id)));
  const full = 1 + view.pillars.length + distinct.size <= FULL_DIAGRAM_MAX_NODES;
  const nodes = new Map<string, string>();
  view.pillars.forEach((pillar, index) => {
    const supporters = items[index]!;
    const label = full ? nameOf(pillar.data, pillar.id) : `${nameOf(pillar.data, pillar.id)} (${countsOf(supporters)})`;
    const node = chart.node(label, 'pillar');
    chart.edge(promise, node);
    if (!full) return;
    for (const entity of supporters) {
      const key = entityKey(entity.kind, entity.id);
      let target = nodes.get(key);
      if (!target) nodes.set(key, (target = chart.node(itemLabel(entity), entity.kind as Shape)));
      chart.edge(node, target);
    }
  });
  return chart.toCode();
}

/** One pillar's diagram: the pillar → its KPIs and standards, capped with an "and N more" node. */
export function pillarDiagram(view: HandbookView, pillar: Entity): Code | undefined {
  const items = itemsOf(view, pillar);
  if (items.length === 0) return undefined;
  const chart = new Flowchart();
  const root = chart.node(nameOf(pillar.data, pillar.id), 'pillar');
  const room = PILLAR_DIAGRAM_MAX_NODES - 1;
  const shown = items.length <= room ? items : items.slice(0, room - 1);
  for (const entity of shown) chart.edge(root, chart.node(itemLabel(entity), entity.kind as Shape));
  if (shown.length < items.length) chart.edge(root, chart.node(`and ${items.length - shown.length} more`, 'more'));
  return chart.toCode();
}

function countsOf(items: readonly Entity[]): string {
  const kpis = items.filter((entity) => entity.kind === 'kpi').length;
  return `${count(kpis, 'KPI')}, ${count(items.length - kpis, 'standard')}`;
}
