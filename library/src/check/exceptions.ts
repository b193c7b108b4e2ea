import type { RuleException } from '../load/settings.js';

/** Whether an exception in `cxgov.yaml` covers a rule for an entity on a date; expired ones do not. */
export function isExcepted(exceptions: readonly RuleException[], rule: string, entity: string, today: string): boolean {
  return exceptions.some((exception) => exception.rule === rule && exception.entity === entity && (!exception.expires || today <= exception.expires));
}
