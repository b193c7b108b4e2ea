import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { nodesOfType, parse } from './markdownTree.js';

/**
 * A small project whose KPIs cover what the catalogue and the owner pages must show: every
 * category (written with the efficiency KPI first), a draft, a retired KPI, pay, guardrails, and a
 * team with members next to a team with none.
 */
export const CATALOGUE_PROJECT: Record<string, string> = {
  'cxgov.yaml': MINIMAL_CONFIG,
  'governance/mission.yaml': `mission:
  statement: Make every contact count
  owner: ada
  pillars:
    - { id: easy, name: Easy to deal with }
`,
  'governance/owners.yaml': `owners:
  - id: ada
    name: Ada Park
    type: person
    customers: [Shoppers who call us]
  - id: care-team
    name: Care Team
    type: team
    members: [ada, bo]
    customers: [Shoppers who call us, The shop floor]
  - id: bo
    name: Bo Lind
    type: person
  - id: night-team
    name: Night Team
    type: team
`,
  'governance/kpis.yaml': `kpis:
  - id: handle-time
    name: Average handle time
    owner: care-team
    supports: [easy]
    category: efficiency
    unit: minutes per contact
    direction: decrease
    baseline: 7
    target: { value: 6, by: 2027-06-30 }
    guardrails: [fcr, effort]
    incentive: false
    status: active
  - id: effort
    name: Customer effort score
    owner: ada
    supports: [easy]
    category: outcome
    unit: score from 1 to 7
    direction: increase
    status: draft
  - id: fcr
    name: First-contact resolution
    owner: ada
    supports: [easy]
    category: outcome
    unit: percent of contacts
    direction: increase
    baseline: 81
    target: { value: 88, by: 2027-06-30 }
    incentive: true
    status: validated
  - id: wait
    name: Time to answer
    owner: ada
    supports: [easy]
    category: driver
    unit: seconds
    direction: decrease
    status: active
  - id: old-csat
    name: Old satisfaction survey
    owner: ada
    supports: [easy]
    category: outcome
    unit: percent satisfied
    direction: increase
    status: retired
`,
  'governance/standards.yaml': `standards:
  - id: answer-fast
    title: We answer within a minute
    owner: ada
    supports: [easy]
    measuredBy: [wait, effort, old-csat]
`,
  'governance/initiatives.yaml': `initiatives:
  - id: callback
    name: Call-back instead of queues
    owner: ada
    supports: [easy]
    door: two-way
    kpis: [wait]
`,
  'governance/rituals.yaml': `rituals:
  - id: huddle
    name: Morning huddle
    owner: ada
    cadence: daily
    supports: [easy]
`,
};

/** The first table of a page, as rows of cell texts (the header first). */
export function firstTable(markdown: string): string[][] {
  const [table] = nodesOfType(parse(markdown), 'table') as Table[];
  if (!table) throw new Error('The page has no table');
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

/** The headings of a page, as text, in order. */
export function headingsOf(markdown: string): string[] {
  return nodesOfType(parse(markdown), 'heading').map((heading) => toString(heading));
}

/**
 * The Markdown of one entity's section: from its heading (its name, or its id) to the next
 * heading. Works whether headings show names or ids.
 */
export function sectionOf(markdown: string, ...titles: string[]): string {
  const sections = markdown.split(/^(?=#{1,6} )/m);
  const found = sections.find((section) => titles.includes(section.split('\n', 1)[0]!.replace(/^#+ /, '').trim()));
  if (!found) throw new Error(`No section titled ${titles.join(' or ')}`);
  return found;
}
