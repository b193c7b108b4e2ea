import { isEmptyList } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const ownerWithoutCustomers: Rule = {
  id: 'owner-without-customers',
  defaultSeverity: 'info',
  description: 'An owner with no "customers": nobody it serves is written down.',
  rationale:
    'Every employee in every business has their own group of customers, inside or outside the company. An owner who knows whom they serve can ask those customers how it is going; one who does not serves the process instead.',
  howToFix: 'Add "customers:" with the people this owner serves: customers who call, the agents on a shift, the Board, every budget holder.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const owner of index.entities.get('owner') ?? []) {
      if (!isEmptyList(owner.data.customers)) continue;
      yield {
        at: at(owner, 'id'),
        entity: owner,
        message: `Owner "${owner.id}" names no customers. Add "customers:" with the people it serves, inside or outside the company (customers who call, the agents on a shift, the Board).`,
      };
    }
  },
};
