import { at, type Entity } from '../../model/entity.js';
import type { ProjectIndex } from '../../model/projectIndex.js';
import type { RelatedLocation } from '../../model/problem.js';
import { locate } from '../../source/locate.js';
import type { Finding, Rule } from '../rule.js';
import { addRead } from '../scope/ruleScope.js';

/** A guardrail from one KPI to another: the target node and the item's index in "guardrails". */
interface Edge {
  to: number;
  item: number;
}

/** Loops longer than this are shortened in messages, and get no more related locations. */
const SHOWN = 10;

export const guardrailCycle: Rule = {
  id: 'guardrail-cycle',
  defaultSeverity: 'error',
  description: 'A KPI that lists itself as a guardrail, or a loop of guardrails.',
  rationale:
    'A guardrail is an independent check that keeps a number honest. A KPI cannot keep itself honest, and in a loop every KPI waits for another to be the outer check, so none of them is.',
  howToFix: 'Remove the guardrail that closes the loop. Guardrails should point one way, from efficiency and driver KPIs towards customer outcomes, which usually need no guardrails of their own.',
  // A loop can run through any KPIs of the project: every KPI id of a file, in order, with its guardrails.
  scope: {
    kind: 'graph',
    reads(analysis) {
      const graph = new Map<string, string>();
      for (const kpi of analysis.entities) if (kpi.kind === 'kpi') addRead(graph, '', [kpi.id, kpi.data.guardrails]);
      return graph;
    },
  },
  *check({ index }) {
    const kpis = index.entities.get('kpi') ?? [];
    const { edges, selfReferences } = guardrailGraph(index, kpis);
    for (const { kpi, item } of selfReferences) {
      yield {
        at: at(kpi, 'guardrails', item),
        entity: kpi,
        message: `KPI "${kpi.id}" lists itself in "guardrails". A KPI cannot guard itself: remove it and name a customer-outcome KPI to watch beside it instead.`,
      };
    }
    yield* findLoops(kpis, edges);
  },
};

/** Each KPI's guardrails as edges to other KPIs (first definition of an id, each target once); self-references apart. */
function guardrailGraph(index: ProjectIndex, kpis: readonly Entity[]) {
  const node = new Map<Entity, number>(kpis.map((kpi, i) => [kpi, i]));
  const selfReferences: { kpi: Entity; item: number }[] = [];
  const edges = kpis.map((kpi) => {
    const out: Edge[] = [];
    const guardrails = kpi.data.guardrails;
    if (!Array.isArray(guardrails)) return out;
    const seen = new Set<number>();
    guardrails.forEach((id: unknown, item) => {
      if (typeof id !== 'string') return;
      if (id === kpi.id) return void selfReferences.push({ kpi, item });
      const target = index.definitions('kpi', id)[0];
      const to = target && node.get(target);
      if (to === undefined || seen.has(to)) return;
      seen.add(to);
      out.push({ to, item });
    });
    return out;
  });
  return { edges, selfReferences };
}

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

/**
 * Depth-first search with colours, iterative so that a 20,000-long chain cannot overflow the stack.
 * Every edge to a KPI still on the stack (grey) closes a loop; it is reported once, on that edge,
 * so the whole search stays linear in KPIs plus guardrails.
 */
function* findLoops(kpis: readonly Entity[], edges: readonly Edge[][]): Generator<Finding> {
  const colour = new Uint8Array(kpis.length);
  const depth = new Int32Array(kpis.length);
  const stack: { node: number; next: number }[] = [];
  for (let root = 0; root < kpis.length; root++) {
    if (colour[root] !== WHITE) continue;
    colour[root] = GREY;
    stack.push({ node: root, next: 0 });
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edge = edges[top.node]![top.next++];
      if (!edge) {
        colour[top.node] = BLACK;
        stack.pop();
      } else if (colour[edge.to] === WHITE) {
        colour[edge.to] = GREY;
        depth[edge.to] = stack.length;
        stack.push({ node: edge.to, next: 0 });
      } else if (colour[edge.to] === GREY) {
        yield loopFinding(kpis, edges, stack, depth[edge.to]!, edge);
      }
    }
  }
}

/** The loop from the stack entry at `start` to the top, closed by `closing` (the top's current edge). */
function loopFinding(kpis: readonly Entity[], edges: readonly Edge[][], stack: readonly { node: number; next: number }[], start: number, closing: Edge): Finding {
  const length = stack.length - start;
  const last = kpis[stack[stack.length - 1]!.node]!;
  const first = kpis[closing.to]!;
  // Only the KPIs shown are read, so a very long loop costs no more than a short one.
  const shown = (i: number) => `"${kpis[stack[start + i]!.node]!.id}"`;
  const names =
    length <= SHOWN
      ? Array.from({ length }, (_, i) => shown(i))
      : [...Array.from({ length: SHOWN - 3 }, (_, i) => shown(i)), `… (${length - SHOWN + 1} more)`, shown(length - 2), shown(length - 1)];
  const related: RelatedLocation[] = [];
  for (let i = start; i < stack.length - 1 && related.length < SHOWN; i++) {
    const from = kpis[stack[i]!.node]!;
    const edge = edges[stack[i]!.node]![stack[i]!.next - 1]!;
    const next = kpis[edge.to]!;
    related.push({ file: from.file.path, range: locate(at(from, 'guardrails', edge.item)), message: `"${from.id}" is guarded by "${next.id}" here.` });
  }
  const loop = [...names, `"${first.id}"`].join(' → ');
  return {
    at: at(last, 'guardrails', closing.item),
    entity: last,
    message: `These ${length} KPIs guard each other in a loop: ${loop}. A guardrail must be an independent check: remove "${first.id}" from the guardrails of "${last.id}", or break the loop elsewhere.`,
    related,
  };
}
