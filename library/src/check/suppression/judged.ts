import { parseEntityName, type Entity } from '../../model/entity.js';
import type { ProjectIndex } from '../../model/projectIndex.js';
import type { RuleException } from '../../load/settings.js';
import type { Location } from '../../source/locate.js';
import type { SuppressionUse } from '../rule.js';

/** Where an exception (or one of its fields) is written in `cxgov.yaml`. */
export function exceptionAt(use: SuppressionUse, at: number, field?: keyof RuleException): Location | undefined {
  return use.configSource && { file: use.configSource, doc: 0, path: field ? ['exceptions', at, field] : ['exceptions', at] };
}

/** The exceptions to judge, with their index, each with where it is written. */
export function* judgedExceptions(use: SuppressionUse | undefined): Iterable<{ exception: RuleException; at: number }> {
  if (!use?.configSource) return;
  for (const [at, exception] of use.exceptions.entries()) yield { exception, at };
}

/** The entities an exception's `section/id` names (none when it names nothing). */
export function namedEntities(index: ProjectIndex, name: string): readonly Entity[] {
  const named = parseEntityName(name);
  return named ? index.definitions(named.kind, named.id) : [];
}
