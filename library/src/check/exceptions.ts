import type { RuleException } from '../load/settings.js';

/** Whether an exception has expired: it applies up to and including its `expires` date. */
export function isExpired(exception: RuleException, today: string): boolean {
  return exception.expires !== undefined && today > exception.expires;
}

/** The indexes of the exceptions in `cxgov.yaml` that cover a rule for an entity on a date; expired ones do not. */
export function coveringExceptions(exceptions: readonly RuleException[], rule: string, entity: string, today: string): number[] {
  const covering: number[] = [];
  exceptions.forEach((exception, at) => {
    if (exception.rule === rule && exception.entity === entity && !isExpired(exception, today)) covering.push(at);
  });
  return covering;
}
