import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { referencedKpiFieldScope } from '../scope/ruleScope.js';

/** The statuses of a KPI nobody watches, and how to say so. */
const INACTIVE: Record<string, { is: string; revive: string }> = {
  retired: { is: 'is retired', revive: 'back into use' },
  draft: { is: 'is still a draft', revive: 'into use' },
};

export const guardrailNotActive: Rule = {
  id: 'guardrail-not-active',
  defaultSeverity: 'warning',
  description: 'A guardrail that names a retired or draft KPI, so the KPI it guards is in effect unguarded.',
  rationale:
    'KPIs can be a trap: the guardrail is what keeps a speed target honest. A guardrail nobody measures (retired, or never launched) protects no customer, however good it looks on paper.',
  howToFix: 'Replace the guardrail with an active customer-outcome KPI, or bring the guardrail KPI into use ("status: active" or "validated").',
  // A KPI reads the statuses of its guardrails.
  scope: referencedKpiFieldScope('status'),
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      if (!Array.isArray(kpi.data.guardrails)) continue;
      for (const [position, id] of kpi.data.guardrails.entries()) {
        if (typeof id !== 'string') continue;
        const statuses = index.definitions('kpi', id).map((guard) => guard.data.status);
        // Unknown ids are unknown-reference's; one active definition of a duplicated id is enough.
        if (statuses.length === 0 || !statuses.every((status) => typeof status === 'string' && Object.hasOwn(INACTIVE, status))) continue;
        const { is, revive } = INACTIVE[statuses[0] as string]!;
        yield {
          at: at(kpi, 'guardrails', position),
          entity: kpi,
          message: `KPI "${kpi.id}" is guarded by "${id}", but that KPI ${is}, so nobody watches it and it protects no customer. Name an active customer-outcome KPI in "guardrails:" instead, or bring "${id}" ${revive}.`,
        };
      }
    }
  },
};
