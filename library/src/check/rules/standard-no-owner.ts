import { isBlank } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';
import { addOwnerFixes } from '../fixes/projectFixes.js';

export const standardNoOwner: Rule = {
  id: 'standard-no-owner',
  defaultSeverity: 'warning',
  description: 'A standard with no owner.',
  rationale: 'A standard nobody owns is never reviewed, nobody defends it when budgets are cut, and nobody can say yes when bending it would help a customer.',
  howToFix: 'Add "owner:" with the id of the person, team or role who answers for the standard.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  // Owners to choose from depend on the whole project: built when the editor asks.
  fixes: addOwnerFixes,
  *check({ index }) {
    for (const standard of index.entities.get('standard') ?? []) {
      if (!isBlank(standard.data.owner)) continue;
      yield {
        at: at(standard, 'id'),
        entity: standard,
        message: `Standard "${standard.id}" has no owner. Add "owner:" with the id of the person, team or role who answers for it.`,
      };
    }
  },
};
