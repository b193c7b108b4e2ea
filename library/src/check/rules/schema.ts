import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'Wrong shape: a missing required field, a wrong type, an unknown field or section, a value not in the allowed list.',
  rationale: 'Governance that everyone reads the same way needs one shape: a misspelt field is a promise, owner or target that nobody sees.',
  howToFix: 'Follow the message: add the missing field, rename the unknown one (the did-you-mean suggestion is usually right), or use one of the allowed values.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const analysis of index.files) yield* analysis.schema;
  },
};
