import type { RuleMeta } from 'cxgov';
import { ruleDocsUrl } from 'cxgov/editor';

/** Markdown about a rule, from the metadata `cxgov explain` prints: what it catches, why, its default and its page. */
export function describeRule(rule: RuleMeta): string {
  return [
    `**\`${rule.id}\`**: ${rule.description}`,
    rule.rationale,
    `Default severity: \`${rule.defaultSeverity}\`. [Documentation of ${rule.id}](${ruleDocsUrl(rule.id)})`,
  ].join('\n\n');
}
