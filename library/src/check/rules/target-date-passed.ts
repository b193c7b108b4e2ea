import { at } from '../../model/entity.js';
import { isRecord } from '../../model/extractEntities.js';
import { isIsoDate } from '../../util/cadence.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const targetDatePassed: Rule = {
  id: 'target-date-passed',
  defaultSeverity: 'warning',
  description: 'A KPI that is not retired whose target date ("target.by") is before today.',
  rationale:
    'A target is a commitment. Once its date has passed it was either met, missed or forgotten, and the governance should say which: a lapsed target left in place tells people the commitments are not meant.',
  howToFix:
    'Record where the number stands in "baseline" and set a new "target" (value and date), or retire the KPI ("status: retired"). In CI, pass --today so that results do not change from day to day.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index, today }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      const target = kpi.data.target;
      // A bad date is the schema rule's to report: nothing to compare here.
      if (kpi.data.status === 'retired' || !isRecord(target) || !isIsoDate(target.by) || target.by >= today) continue;
      const what = typeof target.value === 'number' ? `${target.value} by ${target.by}` : `by ${target.by}`;
      yield {
        at: at(kpi, 'target', 'by'),
        entity: kpi,
        message: `The target of KPI "${kpi.id}" (${what}) has passed its date. Say whether it was met or missed: record where the number stands in "baseline" and set a new "target", or retire the KPI ("status: retired").`,
      };
    }
  },
};
