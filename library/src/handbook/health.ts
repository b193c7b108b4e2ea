import { relative, sep } from 'node:path';
import type { PhrasingContent } from 'mdast';
import type { Entity } from '../model/entity.js';
import { compareProblems } from '../check/runRules.js';
import { findRule } from '../check/rules/index.js';
import { ruleDocsUrl } from '../check/rule.js';
import { entityLink, type RenderContext } from './context.js';
import { idsOf, textOf } from './fields.js';
import { externalLink, heading, inlineCode, list, listItem, literal, paragraph, table, text, type Block } from './mdast.js';
import { supportersOf } from './supporters.js';

/** KPI statuses that measure nothing (yet, or any more), as the pillar-unmeasured rule counts them. */
const NOT_LIVE = new Set(['draft', 'retired']);

/** One governance gap: what is checked, how many pass, and the entities that do not (with a note each). */
interface Check {
  title: string;
  gapTitle: string;
  checked: number;
  gaps: { entity: Entity; note?: string }[];
}

/**
 * The coverage section: the gaps the linter warns about, in governance words, then the linter's
 * problems themselves. A handbook that shows its gaps honestly is one people can trust.
 */
export function healthSection(context: RenderContext, depth: number): Block[] {
  const checks = coverageChecks(context);
  const blocks: Block[] = [
    heading(depth, [text('Health')]),
    paragraph(literal('Where the governance has gaps: the checks of '), inlineCode('cxgov lint'), literal(', in plain words. Each gap links to the entry to fix.')),
    table(
      ['What we check', 'Result'],
      checks.map((check) => [[text(check.title)], [text(`${check.checked - check.gaps.length} of ${check.checked}`)]]),
    ),
  ];
  for (const check of checks) {
    if (check.gaps.length === 0) continue;
    const items = check.gaps.map(({ entity, note }) => listItem(paragraph(...entityLink(entity), ...(note ? [literal(` (${note})`)] : []))));
    blocks.push(heading(depth + 1, [text(check.gapTitle)]), list(items));
  }
  blocks.push(...reviewCalendar(context, depth + 1));
  blocks.push(heading(depth + 1, [text('Problems found by cxgov lint')]), ...problemsBlock(context));
  return blocks;
}

function coverageChecks(context: RenderContext): Check[] {
  const { view } = context;
  const kpis = view.all('kpi');
  const efficiency = kpis.filter((kpi) => kpi.data.category === 'efficiency');
  return [
    {
      title: 'Pillars measured by an active KPI',
      gapTitle: 'Pillars no active KPI measures',
      checked: view.pillars.length,
      gaps: view.pillars.filter((pillar) => !supportersOf(view, pillar.id).kpis.some(isLive)).map((entity) => ({ entity })),
    },
    {
      title: 'KPIs with an owner',
      gapTitle: 'KPIs without an owner',
      checked: kpis.length,
      gaps: kpis.filter((kpi) => textOf(kpi.data.owner) === undefined).map((entity) => ({ entity })),
    },
    {
      title: 'Efficiency KPIs guarded by a customer-outcome KPI',
      gapTitle: 'Efficiency KPIs without a customer-outcome guardrail',
      checked: efficiency.length,
      gaps: efficiency.filter((kpi) => !idsOf(kpi.data.guardrails).some((id) => view.get('kpi', id)?.data.category === 'outcome')).map((entity) => ({ entity })),
    },
  ];
}

/**
 * The standards and KPIs by review due date. Dates only: whether one is overdue depends on the day
 * the page is read, so cxgov lint says so (review-overdue), and the page stays the same every day.
 */
function reviewCalendar(context: RenderContext, depth: number): Block[] {
  const reviews = [...context.view.all('standard'), ...context.view.all('kpi')].flatMap((entity) => {
    const due = context.review(entity)?.due;
    return due === undefined ? [] : [{ entity, due }];
  });
  if (reviews.length === 0) return [];
  // Stable sort: entries due the same day keep the handbook's order.
  reviews.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const items = reviews.map(({ entity, due }) => listItem(paragraph(literal(`${due}: `), ...entityLink(entity))));
  return [heading(depth, [text('Reviews by due date')]), list(items)];
}

function isLive(kpi: Entity): boolean {
  return !(typeof kpi.data.status === 'string' && NOT_LIVE.has(kpi.data.status));
}

/** The linter's problems as a table (severity, rule, file:line, message), or a sentence when there are none. */
function problemsBlock({ problems, settings }: RenderContext): Block[] {
  if (problems.length === 0) return [paragraph(text('cxgov lint found no problems.'))];
  const rows = [...problems].sort(compareProblems).map((problem): PhrasingContent[][] => [
    [text(problem.severity)],
    [ruleCell(problem.rule)],
    [inlineCode(`${relative(settings.root, problem.file).split(sep).join('/')}:${problem.range.start.line + 1}`)],
    [text(problem.message)],
  ]);
  return [table(['Severity', 'Rule', 'Where', 'Message'], rows)];
}

/** A rule id, linked to its documentation when it is one of cxgov's rules. */
function ruleCell(rule: string): PhrasingContent {
  return findRule(rule) ? externalLink(ruleDocsUrl(rule), rule) : text(rule);
}
