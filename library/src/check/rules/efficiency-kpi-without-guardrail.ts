import { isEmptyList } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';

export const efficiencyKpiWithoutGuardrail: Rule = {
  id: 'efficiency-kpi-without-guardrail',
  defaultSeverity: 'warning',
  description: 'An efficiency KPI (handle time, calls per hour) with no guardrail KPI to protect the customer.',
  rationale:
    "Don't measure call times: an efficiency number can almost always be hit at the customer's expense (rushed calls, harder returns, transferred problems) unless a customer-outcome KPI is watched beside it.",
  howToFix: 'Add "guardrails:" with one or more customer-outcome KPIs (first-contact resolution, NPS, customer effort), or ask whether the efficiency KPI is needed at all.',
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      if (kpi.data.category !== 'efficiency' || !isEmptyList(kpi.data.guardrails)) continue;
      yield {
        at: at(kpi, 'id'),
        entity: kpi,
        message: `KPI "${kpi.id}" measures efficiency but has no guardrails, so it can be hit at the customer's expense. Add "guardrails:" with customer-outcome KPIs (such as first-contact resolution or NPS) to watch beside it.`,
      };
    }
  },
};
