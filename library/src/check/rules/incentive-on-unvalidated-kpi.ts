import { capital } from '../../util/text.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const incentiveOnUnvalidatedKpi: Rule = {
  id: 'incentive-on-unvalidated-kpi',
  defaultSeverity: 'warning',
  description: 'Pay or bonus tied to a KPI that is not validated or has no baseline.',
  rationale:
    'KPIs can be a trap: once money depends on a number, people find the shortest way to move it, often at the customer\'s expense. Only a validated KPI with a known starting point is safe to pay on.',
  howToFix: 'Validate the KPI ("status: validated") and record its "baseline" before tying pay to it, or set "incentive: false".',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      if (kpi.data.incentive !== true) continue;
      const unvalidated = kpi.data.status !== 'validated';
      const noBaseline = typeof kpi.data.baseline !== 'number' || !Number.isFinite(kpi.data.baseline);
      if (!unvalidated && !noBaseline) continue;
      const gaps = [unvalidated && statusWords(kpi.data.status), noBaseline && 'it has no baseline'].filter(Boolean);
      const todo = [unvalidated && 'validate it ("status: validated")', noBaseline && 'record its "baseline"'].filter(Boolean);
      yield {
        at: at(kpi, 'incentive'),
        entity: kpi,
        message: `KPI "${kpi.id}" is tied to pay or bonus, but ${gaps.join(' and ')}. ${capital(todo.join(' and '))} before paying on it, or set "incentive: false".`,
      };
    }
  },
};

/** Why the status is not good enough, in the user's words. */
function statusWords(status: unknown): string {
  return typeof status === 'string' && status !== '' ? `its status is "${status}", not "validated"` : 'it is not validated (it has no "status")';
}
