import type { Entity } from '../../model/entity.js';
import type { RenderContext } from '../context.js';
import { textFact, wordsFact, type Fact, type ValueFact, type WordsFact } from '../entitySection.js';
import { recordOf, textOf } from '../fields.js';
import { backRefsFact, ownerFact, pillarsFact } from '../refFacts.js';
import { cadencePhrase, reviewFact } from '../review.js';
import { categoryWords, directionWords, incentiveWords, kpiStatusWords } from '../words.js';
import type { HandbookView } from '../view.js';
import { isRetired } from '../status.js';
import { markedLinks, markedRefLinks } from './statusLinks.js';

/** What an efficiency KPI without guardrails says: in the table, and in full in its section. */
export const GUARDRAILS_MISSING = { short: 'none yet', long: "none yet, so nothing stops it being hit at the customer's expense" };

/** "62 → 70 by 2027-12-31": where the KPI stands and where it should get to; undefined when neither is set. */
export function baselineToTarget(data: Readonly<Record<string, unknown>>): string | undefined {
  const baseline = textOf(data.baseline);
  const target = recordOf(data.target);
  const value = textOf(target.value) ?? textOf(data.target);
  const by = textOf(target.by);
  if (baseline === undefined && value === undefined) return undefined;
  const goal = value === undefined ? 'no target set' : by === undefined ? value : `${value} by ${by}`;
  return `${baseline ?? 'no baseline'} → ${goal}`;
}

/**
 * Everything the catalogue says about one KPI, in the order a reader asks: is it in use, what,
 * how, who, why, how safe. The status comes first: a draft or a retired KPI is read differently.
 */
export function kpiFacts({ view, review }: RenderContext, kpi: Entity): Fact[] {
  const { data, id } = kpi;
  // A retired KPI measures and guards nothing any more, though other entries may still name it.
  const retired = isRetired(kpi);
  return [
    wordsFact('Status', kpiStatusWords(data.status)),
    wordsFact('Category', categoryWords(data.category)),
    textFact('Formula', data.formula),
    textFact('Unit', data.unit),
    wordsFact('Direction', directionWords(data.direction)),
    wordsFact('Baseline → target', baselineToTarget(data)),
    wordsFact('Measured', cadencePhrase(data.cadence)),
    textFact('Source', data.source),
    ownerFact(view, data.owner),
    pillarsFact(view, data.supports),
    guardrailsFact(view, data, retired),
    { label: retired ? 'Still named as a guardrail by' : 'Guardrail for', value: markedLinks(view.referrers('kpi', id, 'kpi', 'guardrails')) },
    { label: retired ? 'Standards that still name it' : 'Measures standards', value: markedLinks(view.referrers('kpi', id, 'standard', 'measuredBy')) },
    backRefsFact('Initiatives expected to move it', view.referrers('kpi', id, 'initiative', 'kpis')),
    wordsFact('Incentive', incentiveWords(data.incentive)),
    reviewFact(review(kpi)),
  ].filter((fact): fact is Fact => fact !== undefined);
}

/** The KPIs that protect the customer from this one, drafts and retired ones marked: neither guards anything yet. */
function guardrailsFact(view: HandbookView, data: Readonly<Record<string, unknown>>, retired: boolean): WordsFact | ValueFact {
  const links = markedRefLinks(view, data.guardrails);
  if (links.length === 0 && data.category === 'efficiency' && !retired) return wordsFact('Guardrails', GUARDRAILS_MISSING.long);
  return { label: 'Guardrails', value: links };
}
