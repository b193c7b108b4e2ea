import type { Rule } from '../rule.js';

export const schema: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  description: 'Wrong shape: a missing required field, a wrong type, an unknown field or section, a value not in the allowed list.',
  rationale: 'Governance that everyone reads the same way needs one shape: a misspelt field is a promise, owner or target that nobody sees.',
  howToFix: 'Follow the message: add the missing field, rename the unknown one (the did-you-mean suggestion is usually right), or use one of the allowed values.',
  *check({ index }) {
    for (const analysis of index.files) yield* analysis.schema;
  },
};
