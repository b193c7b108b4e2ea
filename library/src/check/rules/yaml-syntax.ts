import type { Rule } from '../rule.js';
import { ENTRY_SCOPE } from '../scope/ruleScope.js';

export const yamlSyntax: Rule = {
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: 'YAML that does not parse, duplicate keys, files that are not UTF-8 text, and sources over the size limit.',
  rationale: 'A file that cannot be read silently drops its owners, standards and KPIs from the governance, and everything that refers to them breaks.',
  howToFix: 'Fix the indentation, quotes or brackets at the reported position; keep each key once per mapping; save the file as UTF-8; split a source over sources.maxFileSize into several files.',
  // Reads each entity's own fields: an edit changes problems in the edited file only.
  scope: ENTRY_SCOPE,
  *check({ index }) {
    for (const analysis of index.files) yield* analysis.syntax;
  },
};
