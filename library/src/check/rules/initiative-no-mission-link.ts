import { isEmptyList } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';
import { addSupportsFixes } from '../fixes/projectFixes.js';

export const initiativeNoMissionLink: Rule = {
  id: 'initiative-no-mission-link',
  defaultSeverity: 'warning',
  description: 'An initiative that supports no pillar of the mission.',
  rationale: 'Every initiative takes money and people: a line of sight to the customer promise tells a project that makes customers happier from one that only looks busy.',
  howToFix: 'Add "supports:" with the ids of the mission pillars the initiative serves, and ideally "kpis:" with the KPIs it should move.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  // Pillars to choose from depend on the whole project: built when the editor asks.
  fixes: addSupportsFixes,
  *check({ index }) {
    for (const initiative of index.entities.get('initiative') ?? []) {
      if (!isEmptyList(initiative.data.supports)) continue;
      yield {
        at: at(initiative, 'id'),
        entity: initiative,
        message: `Initiative "${initiative.id}" supports no pillar of the mission. Add "supports:" with the ids of the pillars it serves, or question whether it should go ahead.`,
      };
    }
  },
};
