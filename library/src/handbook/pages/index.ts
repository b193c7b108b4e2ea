import type { Blockquote } from 'mdast';
import { entityKey, PROMISE_HEADING } from '../anchors.js';
import { entityLink, pageLink, type RenderContext } from '../context.js';
import type { Entity } from '../../model/entity.js';
import { overviewDiagram } from '../diagrams/overview.js';
import { pillarDiagram } from '../diagrams/pillarDiagram.js';
import { entitySection, type ValueFact } from '../entitySection.js';
import { factValue } from '../factList.js';
import { textOf } from '../fields.js';
import { heading, joined, list, listItem, literal, paragraph, paragraphs, text, type Block } from '../mdast.js';
import { ownerFact } from '../refFacts.js';
import { currentSupportersOf } from '../supporters.js';
import { markedLinks } from './statusLinks.js';
import { emptyNote, type PageSpec } from './page.js';

/** The front page: the promise, the line of sight, the pillars, and a guide to the other pages. */
export function indexPage(others: readonly PageSpec[]): PageSpec {
  return {
    name: 'index',
    title: (context) => context.title,
    purpose: 'the customer promise, its pillars and how everything connects to them',
    content: (context, depth) => [
      ...promiseSection(context, depth + 1),
      ...lineOfSightSection(context, depth + 1),
      ...pillarsSection(context, depth + 1),
      ...guideSection(context, others, depth + 1),
    ],
  };
}

function promiseSection({ view }: RenderContext, depth: number): Block[] {
  const mission = view.mission;
  const title = heading(depth, [text(PROMISE_HEADING)], entityKey('mission', 'mission'));
  const statement = mission && textOf(mission.data.statement);
  if (!mission || statement === undefined) return [title, emptyNote('No customer promise yet: add a mission with a statement.')];
  const quote: Blockquote = { type: 'blockquote', children: paragraphs(statement) };
  const sponsor = ownerFact(view, mission.data.owner, 'Sponsor');
  return [title, quote, paragraph(literal(`${sponsor.label}: `), ...factValue(sponsor))];
}

function lineOfSightSection({ view }: RenderContext, depth: number): Block[] {
  const diagram = overviewDiagram(view);
  const title = heading(depth, [text('Line of sight')]);
  if (!diagram) return [title, emptyNote('No pillars yet, so nothing connects to the promise.')];
  return [title, paragraph(text('How the promise is held up: each pillar, with how many KPIs and standards show whether we keep it. Retired KPIs and standards are not counted.')), diagram];
}

function pillarsSection({ view }: RenderContext, depth: number): Block[] {
  const title = heading(depth, [text('Pillars')]);
  if (view.pillars.length === 0) return [title, emptyNote('No pillars yet.')];
  return [
    title,
    ...view.pillars.flatMap((pillar) => {
      const supporters = currentSupportersOf(view, pillar.id);
      const diagram = pillarDiagram(view, pillar);
      return [
        ...entitySection(pillar, depth + 1, [
          supportersFact('Measured by KPIs', supporters.kpis),
          supportersFact('Standards', supporters.standards),
          supportersFact('Initiatives', supporters.initiatives),
          supportersFact('Rituals', supporters.rituals),
        ]),
        ...(supporters.kpis.length + supporters.standards.length === 0 ? [emptyNote('No KPI or standard supports this pillar yet.')] : []),
        ...(diagram ? [paragraph(text('How these KPIs guard each other and which standards they measure: a dotted arrow leads from a KPI to its guardrail, a thick one to a standard the KPI measures.')), diagram] : []),
      ];
    }),
  ];
}

/** Links to what supports a pillar, a draft marked "(draft)": it is defined but not measured yet. */
function supportersFact(label: string, entities: readonly Entity[]): ValueFact {
  return { label, value: markedLinks(entities) };
}

function guideSection(context: RenderContext, others: readonly PageSpec[], depth: number): Block[] {
  return [
    heading(depth, [text('How to read this handbook')]),
    paragraph(text('Start from the promise and follow the links: each pillar leads to the KPIs and standards that serve it, and each of those to the person or team who owns it. Every name links to its own entry, and every entry links back.')),
    list(others.map((page) => listItem(paragraph(pageLink(page.name, page.title(context)), literal(`: ${page.purpose}.`))))),
  ];
}
