import { isBlank } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';
import { addOwnerFixes } from '../fixes/projectFixes.js';

export const kpiNoOwner: Rule = {
  id: 'kpi-no-owner',
  defaultSeverity: 'warning',
  description: 'A KPI with no owner.',
  rationale: 'A number that nobody owns is a number nobody acts on: when it drops, nobody explains it or does anything for the customers behind it.',
  howToFix: 'Add "owner:" with the id of the person, team or role accountable for the KPI.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  // Owners to choose from depend on the whole project: built when the editor asks.
  fixes: addOwnerFixes,
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      if (!isBlank(kpi.data.owner)) continue;
      yield {
        at: at(kpi, 'id'),
        entity: kpi,
        message: `KPI "${kpi.id}" has no owner. Add "owner:" with the id of the person, team or role accountable for it.`,
      };
    }
  },
};
