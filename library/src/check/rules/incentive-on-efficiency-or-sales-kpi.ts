import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

/** What pay on each category pushes staff to do, in the message's words. */
const HARM: Record<string, { measures: string; harm: string }> = {
  efficiency: { measures: 'efficiency', harm: "hit it at the customer's expense" },
  commercial: { measures: 'sales (category: commercial)', harm: "sell against the customer's interest" },
};

export const incentiveOnEfficiencyOrSalesKpi: Rule = {
  id: 'incentive-on-efficiency-or-sales-kpi',
  defaultSeverity: 'warning',
  description: 'Pay or bonus tied to an efficiency KPI (handle time) or a commercial one (sales, upsell), whatever its status.',
  rationale:
    "Don't measure call times, and don't force employees to upsell: pay tied to speed or sales pushes staff to rush customers or sell them what they do not need, even when the number itself is well validated.",
  howToFix: 'Set "incentive: false" on the efficiency or commercial KPI, and tie pay to a validated customer-outcome KPI instead.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      if (kpi.data.incentive !== true || typeof kpi.data.category !== 'string' || !Object.hasOwn(HARM, kpi.data.category)) continue;
      const { measures, harm } = HARM[kpi.data.category]!;
      yield {
        at: at(kpi, 'incentive'),
        entity: kpi,
        message: `KPI "${kpi.id}" measures ${measures} and is tied to pay or bonus, which pushes staff to ${harm}. Set "incentive: false" and pay on a customer-outcome KPI instead.`,
      };
    }
  },
};
