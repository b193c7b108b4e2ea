import type { PhrasingContent } from 'mdast';
import type { Entity } from '../../model/entity.js';
import { entityLink, refLink, type RenderContext } from '../context.js';
import { textOf } from '../fields.js';
import { text, type Block } from '../mdast.js';
import { rowsBlock } from '../rowsBlock.js';
import { directionWords, payWords } from '../words.js';
import { baselineToTarget, GUARDRAILS_MISSING } from './kpiFacts.js';
import { markedRefLinks } from './statusLinks.js';

/** The columns a CX lead scans, in the order they read a row: what, who, how it is counted, where it should go, what protects it. */
const COLUMNS = ['KPI', 'Category', 'Owner', 'Unit', 'Direction', 'Baseline → target', 'Tied to pay', 'Guardrails', 'Status'];

/** The catalogue's summary: one row per KPI, in the order given, each made as it is written. */
export function catalogueTable({ view }: RenderContext, kpis: readonly Entity[]): Block {
  return rowsBlock(COLUMNS, kpis, (kpi): PhrasingContent[][] => {
    const data = kpi.data;
    const owner = textOf(data.owner);
    const guardrails = markedRefLinks(view, data.guardrails);
    return [
      entityLink(kpi),
      words(textOf(data.category)),
      owner === undefined ? [text('nobody yet')] : refLink(view, 'owner', owner),
      words(textOf(data.unit)),
      words(directionWords(data.direction)),
      words(baselineToTarget(data)),
      words(payWords(data.incentive) ?? 'not stated'),
      guardrails.length === 0 && data.category === 'efficiency' ? [text(GUARDRAILS_MISSING.short)] : guardrails,
      words(textOf(data.status)),
    ];
  });
}

/** A cell of plain words; empty when there are none. */
function words(value: string | undefined): PhrasingContent[] {
  return [text(value ?? '')];
}
