import { Command } from 'commander';
import { RULES } from '../../check/rules/index.js';

/** `cxgov rules`: the list of rules with their default severities. */
export function rulesCommand(): Command {
  return new Command('rules').description('List every rule with its default severity.').action(() => {
    const width = Math.max(...RULES.map((rule) => rule.id.length));
    const lines = RULES.map((rule) => `${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}`);
    process.stdout.write(`${lines.join('\n')}\n\nRun "cxgov explain RULE" for why a rule matters and how to fix what it reports.\n`);
  });
}
