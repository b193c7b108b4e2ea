import { isBlank } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const oneWayDoorUnapproved: Rule = {
  id: 'one-way-door-unapproved',
  defaultSeverity: 'warning',
  description: 'A one-way-door initiative with no "approvedBy".',
  rationale:
    'Most customer-experience ideas are two-way doors, small experiments you can walk back. A one-way door (closing the phone lines, a promise customers will not let you take back) needs someone who has weighed the risk and said yes.',
  howToFix: 'Add "approvedBy:" with the id of the owner who approved the initiative, or make it a two-way door: a smaller, reversible step.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const initiative of index.entities.get('initiative') ?? []) {
      if (initiative.data.door !== 'one-way' || !isBlank(initiative.data.approvedBy)) continue;
      yield {
        at: at(initiative, 'door'),
        entity: initiative,
        message: `Initiative "${initiative.id}" is a one-way door (hard to undo) but nobody has approved it. Add "approvedBy:" with the id of the owner who weighed the risk and said yes, or turn it into a smaller, reversible two-way door.`,
      };
    }
  },
};
