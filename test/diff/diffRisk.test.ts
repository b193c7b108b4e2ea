import { strict as assert } from 'node:assert';
import { diffRevisions } from 'cxgov';
import { GitRepository } from './gitRepository.js';
import { TODAY } from './runDiff.js';

const OWNERS = 'owners:\n  - id: lead\n    name: Lead\n    type: person\n    customers: [Everyone]\n  - id: board\n    name: Board\n    type: team\n    customers: [Everyone]\n';

/** A KPI in YAML with the given fields over a sensible default. */
function kpi(id: string, fields: Record<string, string> = {}): string {
  const all: Record<string, string> = { name: id, owner: 'lead', category: 'outcome', unit: "'%'", direction: 'increase', status: 'active', ...fields };
  return `  - id: ${id}\n${Object.entries(all).map(([key, value]) => `    ${key}: ${value}\n`).join('')}`;
}

function initiative(door: string, extra = ''): string {
  return `initiatives:\n  - id: move\n    name: Move\n    owner: lead\n    door: ${door}\n${extra}`;
}

interface Case {
  name: string;
  base: Record<string, string>;
  head: Record<string, string>;
  /** `risk change id: reasons` of each change. */
  expected: string[];
}

const CASES: Case[] = [
  {
    name: 'an outcome target made less ambitious for its direction is critical (raised where lower is better); on a driver KPI notable',
    base: { 'governance/kpis.yaml': `kpis:\n${kpi('effort', { direction: 'decrease', target: '{ value: 3 }' })}${kpi('wait', { category: 'driver', target: '{ value: 80 }' })}` },
    head: { 'governance/kpis.yaml': `kpis:\n${kpi('effort', { direction: 'decrease', target: '{ value: 3.5 }' })}${kpi('wait', { category: 'driver', target: '{ value: 70 }' })}` },
    expected: ['critical changed effort: an outcome target is lowered', 'notable changed wait: target.value changed'],
  },
  {
    name: 'an incentive on a commercial KPI is critical, on an outcome KPI notable',
    base: { 'governance/kpis.yaml': `kpis:\n${kpi('upsell', { category: 'commercial' })}${kpi('nps')}` },
    head: { 'governance/kpis.yaml': `kpis:\n${kpi('upsell', { category: 'commercial', incentive: 'true' })}${kpi('nps', { incentive: 'true' })}` },
    expected: ['critical changed upsell: an incentive is tied to a commercial KPI', 'notable changed nps: incentive added'],
  },
  {
    name: 'a guardrail that follows a renamed KPI is not a guardrail removed',
    base: { 'governance/kpis.yaml': `kpis:\n${kpi('nps')}${kpi('aht', { category: 'efficiency', guardrails: '[nps]' })}` },
    head: { 'governance/kpis.yaml': `kpis:\n${kpi('net-promoter', { name: 'nps' })}${kpi('aht', { category: 'efficiency', guardrails: '[net-promoter]' })}` },
    expected: ['notable renamed net-promoter: KPI renamed', 'notable changed aht: guardrails changed'],
  },
  {
    name: 'an existing door made one-way, and one approved by someone else, are critical',
    base: { 'governance/a.yaml': initiative('two-way') },
    head: { 'governance/a.yaml': initiative('one-way', '    approvedBy: board\n') },
    expected: ['critical changed move: a one-way door is added; a one-way door is approved'],
  },
  {
    name: 'a retired KPI is notable; a reworded one is wording',
    base: { 'governance/kpis.yaml': `kpis:\n${kpi('nps', { status: 'validated' })}${kpi('csat', { description: 'Old words.' })}` },
    head: { 'governance/kpis.yaml': `kpis:\n${kpi('nps', { status: 'retired' })}${kpi('csat', { description: 'New words.' })}` },
    expected: ['notable changed nps: status changed', 'wording changed csat: '],
  },
  {
    name: 'a reworded customer promise is critical',
    base: { 'governance/mission.yaml': 'mission:\n  statement: Delight every customer.\n  owner: lead\n' },
    head: { 'governance/mission.yaml': 'mission:\n  statement: Serve customers at the lowest cost.\n  owner: lead\n' },
    expected: ['critical changed mission: the customer promise is reworded'],
  },
  {
    name: 'a removed customer promise is critical',
    base: { 'governance/mission.yaml': 'mission:\n  statement: Delight every customer.\n  owner: lead\n' },
    head: { 'governance/mission.yaml': '# To be rewritten.\n' },
    expected: ['critical removed mission: the customer promise is removed'],
  },
];

describe('cxgov diff: risk classes', () => {
  for (const { name, base, head, expected } of CASES) {
    it(name, async () => {
      const repository = new GitRepository();
      try {
        repository.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': OWNERS, ...base });
        repository.commit('head', head);
        const result = await diffRevisions({ cwd: repository.root, base: 'HEAD~1', head: 'HEAD', today: TODAY });
        assert.deepEqual(result.problems, []);
        assert.deepEqual(
          result.report!.changes.map((change) => `${change.risk} ${change.change} ${change.id}: ${change.reasons.join('; ')}`),
          expected,
        );
      } finally {
        repository.cleanup();
      }
    });
  }
});
