import type { Entity } from '../../model/entity.js';
import type { RenderContext } from '../context.js';
import { entitySection } from '../entitySection.js';
import { heading, paragraph, text, type Block } from '../mdast.js';
import { catalogueTable } from './kpiTable.js';
import { kpiFacts } from './kpiFacts.js';
import { emptyNote, type PageSpec } from './page.js';
import { isRetired } from '../status.js';

/**
 * The catalogue's groups, outcomes first: the numbers that say whether customers are delighted
 * come before the ones that move them, and those before the diagnostics. A KPI serves several
 * pillars, so grouping by pillar would list it several times; a category it has only one of.
 */
const GROUPS = [
  { category: 'outcome', title: 'Outcome KPIs', about: 'Is the customer delighted? These are the numbers that matter most.' },
  { category: 'driver', title: 'Driver KPIs', about: 'Things we can change that move the outcomes.' },
  { category: 'efficiency', title: 'Efficiency KPIs', about: 'Diagnostics, never targets for people: each is read beside guardrails that protect the customer.' },
  { category: 'commercial', title: 'Commercial KPIs', about: 'Sales numbers: watched by the business, never tied to the pay of the people who serve customers.' },
  { category: undefined, title: 'Other KPIs', about: 'KPIs with no known category yet.' },
] as const;

type Group = (typeof GROUPS)[number];

export const kpisPage: PageSpec = {
  name: 'kpis',
  title: () => 'KPI catalogue',
  purpose: 'every number we watch: its unit, target, owner, guardrails and whether pay depends on it',
  *content(context, depth) {
    const kpis = context.view.all('kpi');
    if (kpis.length === 0) {
      yield emptyNote('No KPIs yet.');
      return;
    }
    const { groups, retired } = grouped(kpis);
    yield paragraph(
      text('Every number we watch, what it means and who owns it, outcomes first. The table is the short version; each KPI has its own section below. Drafts are marked; retired KPIs are listed apart, at the end.'),
    );
    yield heading(depth + 1, [text('Catalogue')]);
    const inUse = groups.flatMap(({ members }) => members);
    yield inUse.length === 0 ? emptyNote('No KPIs in use: every one is retired.') : catalogueTable(context, inUse);
    for (const { group, members } of groups) yield* groupSection(context, depth + 1, group, members);
    yield* retiredSection(context, depth + 1, retired);
  },
};

/** The KPIs in use by group, in the groups' order and the catalogue's order within each; the retired ones apart. */
function grouped(kpis: readonly Entity[]): { groups: { group: Group; members: Entity[] }[]; retired: Entity[] } {
  const groups = GROUPS.map((group) => ({ group, members: [] as Entity[] }));
  const other = groups.length - 1;
  const retired: Entity[] = [];
  for (const kpi of kpis) {
    if (isRetired(kpi)) retired.push(kpi);
    else {
      const found = GROUPS.findIndex((group) => group.category === kpi.data.category);
      groups[found === -1 ? other : found]!.members.push(kpi);
    }
  }
  return { groups: groups.filter(({ members }) => members.length > 0), retired };
}

function* groupSection(context: RenderContext, depth: number, group: Group, members: readonly Entity[]): Iterable<Block> {
  yield heading(depth, [text(group.title)]);
  yield paragraph(text(group.about));
  for (const kpi of members) yield* entitySection(kpi, depth + 1, kpiFacts(context, kpi));
}

function* retiredSection(context: RenderContext, depth: number, retired: readonly Entity[]): Iterable<Block> {
  if (retired.length === 0) return;
  yield heading(depth, [text('Retired KPIs')]);
  yield paragraph(text('Numbers we no longer watch. They measure nothing today; they stay here so that their history, and what they used to tell us, is not lost.'));
  for (const kpi of retired) yield* entitySection(kpi, depth + 1, kpiFacts(context, kpi));
}
