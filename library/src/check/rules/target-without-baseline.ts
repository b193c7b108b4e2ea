import { isBlank } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const targetWithoutBaseline: Rule = {
  id: 'target-without-baseline',
  defaultSeverity: 'info',
  description: 'A KPI with a target but no baseline to judge it against.',
  rationale:
    'Without a starting point nobody can tell whether a target is a stretch, a step backwards or already achieved; targets picked out of the air invite people to chase the number instead of the customer.',
  howToFix: 'Add "baseline:" (a number, in the same unit as the target). If you do not know it yet, measure for a while before setting the target.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      // A baseline of the wrong type is the schema rule's to report.
      if (isBlank(kpi.data.target) || !isBlank(kpi.data.baseline)) continue;
      yield {
        at: { ...at(kpi, 'target'), target: 'key' },
        entity: kpi,
        message: `KPI "${kpi.id}" has a target but no baseline, so nobody can tell whether the target is a stretch or already met. Add "baseline:" with where the number stands today.`,
      };
    }
  },
};
