import type { PhrasingContent } from 'mdast';
import type { Entity } from '../model/entity.js';
import type { Problem, Severity } from '../model/problem.js';
import { KIND_LABEL, SECTION_KIND, isSection, type EntityKind } from '../model/sections.js';
import { compareProblems } from '../check/runRules.js';
import { keyOf } from './anchors.js';
import { entityLink, refLink, type RenderContext } from './context.js';
import { idsOf, textOf } from './fields.js';
import { gapWords } from './gapWords.js';
import { heading, inlineCode, internalLink, list, listItem, literal, paragraph, table, text, type Block } from './mdast.js';
import { isLive } from './status.js';
import { supportersOf } from './supporters.js';
import { count } from './words.js';

/** Kinds whose entries name an owner (the mission's is its sponsor). */
const OWNED: ReadonlySet<EntityKind> = new Set(['mission', 'standard', 'kpi', 'initiative', 'ritual']);

/** The problems of each severity, most pressing first, under words a reader acts on. */
const SEVERITY_TITLES: readonly { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'To fix first' },
  { severity: 'warning', title: 'To fix' },
  { severity: 'info', title: 'Worth a look' },
];

/** One governance check: what is checked and how many pass. */
interface Check {
  title: string;
  checked: number;
  passed: number;
}

/**
 * The health page's content: the checks at a glance, what is missing and who owns it in plain
 * words (from the linter's problems, without files, lines or field names), and the reviews by due
 * date. A handbook that shows its gaps honestly is one people can trust.
 */
export function healthContent(context: RenderContext, depth: number): Block[] {
  return [
    paragraph(text('Where our governance has gaps, in plain words: what is missing, and who can close each gap. Each name links to its entry in this handbook.')),
    heading(depth, [text('At a glance')]),
    table(
      ['What we check', 'Result'],
      coverageChecks(context).map((check) => [[text(check.title)], [text(`${check.passed} of ${check.checked}`)]]),
    ),
    ...missingSection(context, depth),
    ...reviewCalendar(context, depth),
  ];
}

function coverageChecks({ view }: RenderContext): Check[] {
  const kpis = view.all('kpi');
  const efficiency = kpis.filter((kpi) => kpi.data.category === 'efficiency');
  const check = (title: string, entities: readonly Entity[], passes: (entity: Entity) => boolean): Check => ({ title, checked: entities.length, passed: entities.filter(passes).length });
  return [
    check('Pillars measured by an active KPI', view.pillars, (pillar) => supportersOf(view, pillar.id).kpis.some(isLive)),
    check('KPIs with an owner', kpis, (kpi) => textOf(kpi.data.owner) !== undefined),
    check('Efficiency KPIs guarded by a customer-outcome KPI', efficiency, (kpi) => idsOf(kpi.data.guardrails).some((id) => view.get('kpi', id)?.data.category === 'outcome')),
  ];
}

/** Each problem about an entry as a sentence, by severity; the rest (files, comments, settings) counted. */
function missingSection(context: RenderContext, depth: number): Block[] {
  const title = heading(depth, [text('What is missing')]);
  if (context.problems.length === 0) return [title, paragraph(text('Nothing: every check of the governance passes.'))];
  const sentences = new Map<Severity, Map<string, PhrasingContent[]>>(SEVERITY_TITLES.map(({ severity }) => [severity, new Map()]));
  let elsewhere = 0;
  for (const problem of [...context.problems].sort(compareProblems)) {
    const entity = entityOf(context, problem);
    const words = gapWords(problem.rule);
    if (!entity || words === undefined) elsewhere += 1;
    // The same gap found twice (two unknown ids in one entry) is one sentence.
    else sentences.get(problem.severity)?.set(`${keyOf(entity)} ${words}`, gapSentence(context, entity, words));
  }
  const blocks: Block[] = [title];
  for (const { severity, title } of SEVERITY_TITLES) {
    const items = [...sentences.get(severity)!.values()];
    if (items.length > 0) blocks.push(heading(depth + 1, [text(title)]), list(items.map((sentence) => listItem(paragraph(...sentence)))));
  }
  if (elsewhere > 0) blocks.push(paragraph(text(`Also found: ${count(elsewhere, 'problem')} in how the governance files are written, not in any one entry.`)));
  blocks.push(paragraph(literal('The people who keep the governance files see each gap, with where to fix it, by running '), inlineCode('cxgov lint'), literal('.')));
  return blocks;
}

/** The entry a problem is about, as the handbook shows it (`kpis/aht` → the KPI `aht`). */
function entityOf({ view }: RenderContext, problem: Problem): Entity | undefined {
  const name = problem.entity;
  const slash = name?.indexOf('/') ?? -1;
  if (name === undefined || slash < 0) return undefined;
  const section = name.slice(0, slash);
  if (section === 'mission') return view.mission;
  const kind = section === 'pillars' ? 'pillar' : isSection(section) && section !== 'mission' ? SECTION_KIND[section] : undefined;
  return kind && view.get(kind, name.slice(slash + 1));
}

/** "The KPI [Average handle time] has no target yet — owner: [CX Insights Lead]". */
function gapSentence({ view }: RenderContext, entity: Entity, words: string): PhrasingContent[] {
  const subject = entity.kind === 'mission' ? [literal('The '), internalLink(keyOf(entity), 'customer promise')] : [literal(`The ${kindWord(entity)} `), ...entityLink(entity)];
  const sentence: PhrasingContent[] = [...subject, literal(` ${words}`)];
  const owner = textOf(entity.data.owner);
  // An entry with no owner has that gap in a sentence of its own; "owner: nobody yet" would say it twice.
  if (!OWNED.has(entity.kind) || owner === undefined) return sentence;
  sentence.push(literal(entity.kind === 'mission' ? ' — sponsor: ' : ' — owner: '), ...refLink(view, 'owner', owner));
  return sentence;
}

/** What a reader calls an entry: "KPI", "standard", and for owners whether it is a person, team or role. */
function kindWord(entity: Entity): string {
  if (entity.kind === 'owner') return ['person', 'team', 'role'].includes(entity.data.type as string) ? (entity.data.type as string) : 'owner';
  return KIND_LABEL[entity.kind].one;
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
