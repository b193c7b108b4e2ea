import { isEmptyList } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { referencedKpiFieldScope } from '../scope/ruleScope.js';

export const efficiencyKpiWithoutGuardrail: Rule = {
  id: 'efficiency-kpi-without-guardrail',
  defaultSeverity: 'warning',
  description: 'An efficiency KPI (handle time, calls per hour) with no guardrail KPI to protect the customer.',
  rationale:
    "Don't measure call times: an efficiency number can almost always be hit at the customer's expense (rushed calls, harder returns, transferred problems) unless a customer-outcome KPI is watched beside it.",
  howToFix: 'Add "guardrails:" with one or more customer-outcome KPIs (first-contact resolution, NPS, customer effort), or ask whether the efficiency KPI is needed at all.',
  // An efficiency KPI reads the categories of its guardrails.
  scope: referencedKpiFieldScope('category'),
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      if (kpi.data.category !== 'efficiency') continue;
      if (isEmptyList(kpi.data.guardrails)) {
        yield {
          at: at(kpi, 'id'),
          entity: kpi,
          message: `KPI "${kpi.id}" measures efficiency but has no guardrails, so it can be hit at the customer's expense. Add "guardrails:" with customer-outcome KPIs (such as first-contact resolution or NPS) to watch beside it.`,
        };
        continue;
      }
      const guards = Array.isArray(kpi.data.guardrails) ? kpi.data.guardrails.filter((id): id is string => typeof id === 'string') : [];
      const known = guards.flatMap((id) => index.definitions('kpi', id));
      // Unknown guardrail ids are unknown-reference's to report; judge only what resolves.
      if (known.length === 0 || known.some((guard) => guard.data.category === 'outcome')) continue;
      yield {
        at: at(kpi, 'guardrails'),
        entity: kpi,
        message: `KPI "${kpi.id}" measures efficiency, but none of its guardrails is a customer-outcome KPI (category: outcome), so it can still be hit at the customer's expense. Add an outcome KPI such as NPS or customer effort to "guardrails:".`,
      };
    }
  },
};
