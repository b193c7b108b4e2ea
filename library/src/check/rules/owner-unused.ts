import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { definingFiles, ofKind } from '../scope/ruleScope.js';

export const ownerUnused: Rule = {
  id: 'owner-unused',
  defaultSeverity: 'info',
  description: 'An owner nobody names as an owner, approver or member.',
  rationale:
    'An owner directory should show real accountability. An owner who owns nothing has usually moved on, or is a team whose part in the customer experience was never written down.',
  howToFix: 'Make the owner the "owner" or "approvedBy" of something, or a member of a team; or remove it so the directory stays honest.',
  // An owner is unused when nothing else refers to it: owners whose id the edit started or stopped naming.
  scope: { kind: 'linked', entities: 'files', affected: (change, index) => definingFiles(index, ofKind('owner', change.referenced)) },
  *check({ index }) {
    for (const owner of index.entities.get('owner') ?? []) {
      // An owner listing itself among its own members does not count as being used.
      if (index.referencesTo('owner', owner.id).some((reference) => reference.from !== owner)) continue;
      yield {
        at: at(owner, 'id'),
        entity: owner,
        message: `Owner "${owner.id}" owns, approves and belongs to nothing. Name it as the "owner" of a KPI, standard, initiative or ritual, or as a member of a team; or remove it if it is no longer needed.`,
      };
    }
  },
};
