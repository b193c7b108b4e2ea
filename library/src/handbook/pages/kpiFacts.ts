import type { Entity } from '../../model/entity.js';
import type { RenderContext } from '../context.js';
import { textFact, wordsFact, type Fact } from '../entitySection.js';
import { recordOf, textOf } from '../fields.js';
import { backRefsFact, ownerFact, pillarsFact, refsFact } from '../refFacts.js';
import { cadencePhrase, reviewFact } from '../review.js';
import { categoryWords, directionWords, incentiveWords } from '../words.js';

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

/** Everything the catalogue says about one KPI, in the order a reader asks: what, how, who, why, how safe. */
export function kpiFacts({ view, review }: RenderContext, kpi: Entity): Fact[] {
  const { data, id } = kpi;
  return [
    wordsFact('Category', categoryWords(data.category)),
    textFact('Formula', data.formula),
    textFact('Unit', data.unit),
    wordsFact('Direction', directionWords(data.direction)),
    wordsFact('Baseline → target', baselineToTarget(data)),
    wordsFact('Measured', cadencePhrase(data.cadence)),
    textFact('Source', data.source),
    ownerFact(view, data.owner),
    pillarsFact(view, data.supports),
    refsFact(view, 'Guardrails', 'kpi', data.guardrails, data.category === 'efficiency' ? 'none yet, so nothing stops it being hit at the customer\'s expense' : undefined),
    backRefsFact('Guardrail for', view.referrers('kpi', id, 'kpi', 'guardrails')),
    backRefsFact('Measures standards', view.referrers('kpi', id, 'standard', 'measuredBy')),
    backRefsFact('Initiatives expected to move it', view.referrers('kpi', id, 'initiative', 'kpis')),
    wordsFact('Incentive', incentiveWords(data.incentive)),
    textFact('Status', data.status),
    reviewFact(review(kpi)),
  ].filter((fact): fact is Fact => fact !== undefined);
}
