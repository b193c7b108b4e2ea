import { Command } from 'commander';
import { RULES, findRule } from '../../check/rules/index.js';
import { ruleDocsUrl } from '../../check/rule.js';
import { didYouMean } from '../../util/didYouMean.js';
import { UsageError } from '../exitCodes.js';

/** `cxgov explain RULE`: one rule's documentation. */
export function explainCommand(): Command {
  return new Command('explain')
    .description("Explain a rule: what it catches, why it matters for customers, how to fix it.")
    .argument('<rule>', 'a rule id, as listed by "cxgov rules"')
    .action((id: string) => {
      const rule = findRule(id);
      if (!rule) {
        const guess = didYouMean(id, RULES.map((r) => r.id));
        throw new UsageError(`There is no rule "${id}".${guess ? ` Did you mean "${guess}"?` : ''} Run "cxgov rules" for the list.`);
      }
      process.stdout.write(
        [
          `${rule.id} (default: ${rule.defaultSeverity})`,
          '',
          rule.description,
          '',
          `Why it matters: ${rule.rationale}`,
          '',
          `How to fix: ${rule.howToFix}`,
          '',
          `To change its severity, set "rules: { ${rule.id}: warning }" in cxgov.yaml (error, warning, info or off).`,
          `To silence one place: "# cxgov-disable-next-line ${rule.id} -- reason" on the line above.`,
          '',
          `More: ${ruleDocsUrl(rule.id)}`,
          '',
        ].join('\n'),
      );
    });
}
