import { isEmptyList } from '../../model/fieldValues.js';
import { at } from '../../model/entity.js';
import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const valueWithoutBehaviours: Rule = {
  id: 'value-without-behaviours',
  defaultSeverity: 'info',
  description: 'A value with no "behaviours" that show it.',
  rationale:
    'Values are lived through behaviours, not platitudes: a value nobody can see in what people do on a call or in a meeting is a poster on the wall, and cannot guide a hard decision.',
  howToFix: 'Add "behaviours:" with things people do that show the value, each one you could observe on a call, in a chat or in a meeting.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const value of index.entities.get('value') ?? []) {
      if (!isEmptyList(value.data.behaviours)) continue;
      yield {
        at: at(value, 'id'),
        entity: value,
        message: `Value "${value.id}" has no behaviours. Add "behaviours:" with things people do that show it, each one you could observe on a call, in a chat or in a meeting.`,
      };
    }
  },
};
