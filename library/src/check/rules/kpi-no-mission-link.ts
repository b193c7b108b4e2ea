import { isEmptyList } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';
import { addSupportsFixes } from '../fixes/projectFixes.js';

export const kpiNoMissionLink: Rule = {
  id: 'kpi-no-mission-link',
  defaultSeverity: 'warning',
  description: 'A KPI that supports no pillar of the mission.',
  rationale: 'Every KPI needs a line of sight to the customer promise: a number that serves no pillar is measured because it is easy to count, and what gets measured gets chased.',
  howToFix: 'Add "supports:" with the ids of the mission pillars the KPI tells you about; if it serves none, retire it.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  // Pillars to choose from depend on the whole project: built when the editor asks.
  fixes: addSupportsFixes,
  *check({ index }) {
    for (const kpi of index.entities.get('kpi') ?? []) {
      if (!isEmptyList(kpi.data.supports)) continue;
      yield {
        at: at(kpi, 'id'),
        entity: kpi,
        message: `KPI "${kpi.id}" supports no pillar of the mission. Add "supports:" with the ids of the pillars it tells you about, or retire it.`,
      };
    }
  },
};
