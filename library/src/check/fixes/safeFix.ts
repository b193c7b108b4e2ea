import type { Fix, Problem } from '../../model/problem.js';

/**
 * The fix `cxgov lint --fix` may apply without asking: a problem's own fix when it is the only one
 * (a did-you-mean replacement of an id, a field name or an enum value). A problem offering several
 * fixes asks for a choice, and fixes rules build from the rest of the project (which owner to add)
 * are for an editor, where someone sees them.
 */
export function safeFix(problem: Problem): Fix | undefined {
  return problem.fixes?.length === 1 ? problem.fixes[0] : undefined;
}
