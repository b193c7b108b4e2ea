import { at } from '../../model/entity.js';
import type { ProjectIndex } from '../../model/projectIndex.js';
import type { Rule } from '../rule.js';
import { addRead, key, referringFiles } from '../scope/ruleScope.js';

export const oneWayDoorSelfApproved: Rule = {
  id: 'one-way-door-self-approved',
  defaultSeverity: 'warning',
  description: 'A one-way-door initiative approved by its own owner, or by a member of the owning team.',
  rationale:
    'A one-way door is hard to undo, so it needs a second pair of eyes: someone other than the people who want it done, who weighs the risk to customers before saying yes.',
  howToFix: 'Ask someone outside the owning team (a sponsor, a risk owner, the leadership team) to approve it and put their id in "approvedBy:", or make it a smaller, reversible two-way door.',
  // An initiative reads the members of its owning team: re-judge the initiatives owned by a team whose members changed.
  scope: {
    kind: 'linked',
    entities: 'files',
    reads(analysis) {
      const members = new Map<string, string>();
      for (const owner of analysis.entities) if (owner.kind === 'owner') addRead(members, owner.id, owner.data.members);
      return members;
    },
    affected: (change, index) => referringFiles(index, change.read.map((id) => key('owner', id))),
  },
  *check({ index }) {
    for (const initiative of index.entities.get('initiative') ?? []) {
      const { door, owner, approvedBy } = initiative.data;
      if (door !== 'one-way' || typeof owner !== 'string' || typeof approvedBy !== 'string') continue;
      const how = owner === approvedBy ? 'its own owner' : isMemberOf(index, approvedBy, owner) ? `a member of its owning team "${owner}"` : undefined;
      if (how === undefined) continue;
      yield {
        at: at(initiative, 'approvedBy'),
        entity: initiative,
        message: `Initiative "${initiative.id}" is a one-way door (hard to undo) approved by "${approvedBy}", ${how}. Ask someone outside the owning team to weigh the risk and approve it, or turn it into a smaller, reversible two-way door.`,
      };
    }
  },
};

/** Whether any definition of the team lists the member among its `members` (direct members only). */
function isMemberOf(index: ProjectIndex, member: string, team: string): boolean {
  return index.definitions('owner', team).some((owner) => Array.isArray(owner.data.members) && owner.data.members.includes(member));
}
