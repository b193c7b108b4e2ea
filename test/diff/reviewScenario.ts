// A small governance project and one change to it that holds every kind of change `cxgov diff`
// reports: the tests of the JSON, the Markdown and the problems share it.
import type { FileEdits } from './gitRepository.js';

export const CONFIG = 'name: Review scenario\n';

const MISSION = `mission:
  statement: Every customer leaves a contact with us feeling looked after.
  owner: head-of-cx
  pillars:
    - id: effortless
      name: Effortless
      description: Nobody has to ask twice.
    - id: personal
      name: Personal
      description: Customers talk to people who know them.
`;

const VALUES = `values:
  - id: own-it
    name: Own it
    description: Whoever hears about a problem owns it.
    behaviours: [Call the customer back yourself.]
  - id: be-kind
    name: Be kind
    description: Kindness first.
    behaviours: [Listen before answering.]
`;

const OWNERS = `owners:
  - id: head-of-cx
    name: Head of CX
    type: role
    customers: [Our customers]
  - id: support-team
    name: Customer Support
    type: team
    members: [support-lead]
    customers: [Customers who contact us]
  - id: support-lead
    name: Sam Rivera
    type: person
    customers: [The support team]
`;

function kpi(id: string, fields: string): string {
  return `  - id: ${id}\n${fields
    .trim()
    .split('\n')
    .map((line) => `    ${line.trim()}`)
    .join('\n')}\n`;
}

const SATISFACTION = (target: number) => kpi('customer-satisfaction', `
  name: Customer satisfaction
  description: Share of customers who say they are satisfied.
  owner: head-of-cx
  supports: [effortless]
  category: outcome
  unit: '%'
  direction: increase
  baseline: 70
  target: { value: ${target}, by: 2027-06-30 }
  cadence: monthly
  status: active
`);

const RESOLUTION = (owner: string, status: string) => kpi('first-contact-resolution', `
  name: First-contact resolution
  description: Share of contacts solved the first time.
  owner: ${owner}
  supports: [effortless]
  category: driver
  unit: '%'
  direction: increase
  baseline: 71
  target: { value: 75, by: 2027-06-30 }
  cadence: weekly
  status: ${status}
`);

const HANDLE_TIME = (extra: string, guardrails: string) => kpi('average-handle-time', `
  name: Average handle time
  description: Watched to spot broken processes.
  owner: support-lead
  supports: [effortless]
  category: efficiency
  unit: minutes
  direction: decrease
  guardrails: [${guardrails}]
  cadence: weekly
  status: validated
  baseline: 6
  ${extra}
`);

const REPEAT = (id: string) => kpi(id, `
  name: Repeat contacts
  description: Customers who had to come back.
  owner: support-team
  supports: [personal]
  category: driver
  unit: '%'
  direction: decrease
  cadence: weekly
  status: active
`);

const WAIT = (owner: string) => kpi('wait-time', `
  name: Wait time
  description: How long customers wait for an answer.
  ${owner}
  supports: [effortless]
  category: driver
  unit: minutes
  direction: decrease
  cadence: weekly
  status: active
`);

const CALLBACK = kpi('callback-rate', `
  name: Callback rate
  description: Calls we return the same day.
  owner: support-team
  supports: [personal]
  category: driver
  unit: '%'
  direction: increase
  cadence: weekly
  status: draft
`);

const CALLBACK_PROMISE = (owner: string) => `initiatives:
  - id: callback-promise
    name: Callback promise
    owner: ${owner}
    supports: [personal]
    door: two-way
    status: proposed
`;

/** The project at BASE (the commit on main). */
export const BASE_FILES: FileEdits = {
  'cxgov.yaml': CONFIG,
  'governance/mission.yaml': MISSION,
  'governance/values.yaml': VALUES,
  'governance/owners.yaml': OWNERS,
  'governance/kpis.yaml': `kpis:\n${SATISFACTION(80)}${RESOLUTION('support-team', 'active')}${HANDLE_TIME('', 'customer-satisfaction, first-contact-resolution')}${REPEAT('repeat-contact-rate')}${WAIT('owner: support-lead')}`,
  'governance/initiatives.yaml': CALLBACK_PROMISE('support-teem'),
};

/** The change: edits in every file. */
export const HEAD_EDITS: FileEdits = {
  // A value removed; the other one reworded.
  'governance/values.yaml': `values:
  - id: be-kind
    name: Be kind
    description: Kindness first, always.
    behaviours: [Listen before answering.]
`,
  // The owner of a KPI changes, another KPI is retired; an outcome target is lowered, an incentive
  // added to an efficiency KPI whose guardrail goes; a KPI renamed, one loses its owner, one is added.
  'governance/kpis.yaml': `kpis:\n${SATISFACTION(75)}${RESOLUTION('support-lead', 'retired')}${HANDLE_TIME('incentive: true', 'customer-satisfaction')}${REPEAT('repeat-contacts')}${WAIT('# no owner any more')}${CALLBACK}`,
  // A pillar removed (what supported it now points at nothing).
  'governance/mission.yaml': MISSION.replace(/    - id: personal\n.*\n.*\n/, ''),
  // A one-way door added, approved by its own owner; the typo in an owner (a problem at BASE) fixed.
  'governance/initiatives.yaml': `${CALLBACK_PROMISE('support-team')}  - id: close-branches
    name: Close the phone branches
    owner: support-lead
    supports: [effortless]
    door: one-way
    approvedBy: support-lead
    status: approved
`,
};
