import { isExpired } from '../exceptions.js';
import type { Rule } from '../rule.js';
import { exceptionAt, judgedExceptions } from '../suppression/judged.js';

export const expiredException: Rule = {
  id: 'expired-exception',
  defaultSeverity: 'info',
  description: 'An exception in cxgov.yaml whose "expires" date has passed: it no longer applies.',
  rationale:
    'An exception is a promise to fix a gap by a date. Once the date passes the problem shows again; this says why, on the exception, so that the team either fixes the gap or agrees a new date openly.',
  howToFix: 'Fix the problem the exception covered and remove the exception, or agree a new date in "expires".',
  // Judged with the other suppressions, after every other rule (see runRules).
  scope: { kind: 'suppressions' },
  *check({ today, suppressions }) {
    for (const { exception, at } of judgedExceptions(suppressions)) {
      if (!isExpired(exception, today)) continue;
      yield {
        at: exceptionAt(suppressions!, at, 'expires')!,
        message: `The exception for ${exception.rule} on "${exception.entity}" expired on ${exception.expires}, so its problem shows again. Fix the problem, agree a new date in "expires", or remove the exception.`,
      };
    }
  },
};
