import type { PhrasingContent } from 'mdast';
import type { Entity } from '../../model/entity.js';
import type { RenderContext } from '../context.js';
import { entityLink, refLink } from '../context.js';
import { entitySection } from '../entitySection.js';
import { textOf } from '../fields.js';
import { heading, paragraph, table, text, type Block } from '../mdast.js';
import { baselineToTarget, kpiFacts } from './kpiFacts.js';
import { emptyNote, type PageSpec } from './page.js';

/** The catalogue's groups, outcomes first: the numbers that say whether customers are delighted. */
const GROUPS = [
  { category: 'outcome', title: 'Outcome KPIs', about: 'Is the customer delighted? These are the numbers that matter most.' },
  { category: 'driver', title: 'Driver KPIs', about: 'Things we can change that move the outcomes.' },
  { category: 'efficiency', title: 'Efficiency KPIs', about: 'Diagnostics, never targets for people: each is read beside guardrails that protect the customer.' },
  { category: 'commercial', title: 'Commercial KPIs', about: 'Sales numbers: watched by the business, never tied to the pay of the people who serve customers.' },
  { category: undefined, title: 'Other KPIs', about: 'KPIs with no known category yet.' },
] as const;

export const kpisPage: PageSpec = {
  name: 'kpis',
  title: () => 'KPI catalogue',
  purpose: 'every number we watch: its definition, formula, target, owner, guardrails and whether pay depends on it',
  *content(context, depth) {
    const kpis = context.view.all('kpi');
    if (kpis.length === 0) {
      yield emptyNote('No KPIs yet.');
      return;
    }
    yield paragraph(text('Every number we watch, what it means and who owns it. The table is the short version; each KPI has its own section below.'));
    yield heading(depth + 1, [text('Catalogue')]);
    yield catalogueTable(context, kpis);
    for (const group of GROUPS) {
      const members = kpis.filter((kpi) => groupOf(kpi) === group.category);
      if (members.length === 0) continue;
      yield heading(depth + 1, [text(group.title)]);
      yield paragraph(text(group.about));
      for (const kpi of members) yield* entitySection(kpi, depth + 2, kpiFacts(context, kpi));
    }
  },
};

function groupOf(kpi: Entity): string | undefined {
  const category = kpi.data.category;
  return GROUPS.some((group) => group.category === category) ? (category as string) : undefined;
}

function catalogueTable({ view }: RenderContext, kpis: readonly Entity[]): Block {
  const rows = kpis.map((kpi): PhrasingContent[][] => {
    const owner = textOf(kpi.data.owner);
    return [
      entityLink(kpi),
      [text(textOf(kpi.data.category) ?? '')],
      owner === undefined ? [text('nobody yet')] : refLink(view, 'owner', owner),
      [text(baselineToTarget(kpi.data) ?? '')],
      [text(textOf(kpi.data.status) ?? '')],
    ];
  });
  return table(['KPI', 'Category', 'Owner', 'Baseline → target', 'Status'], rows);
}
