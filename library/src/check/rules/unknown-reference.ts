import { referenceAt } from '../../model/entity.js';
import { KIND_LABEL } from '../../model/sections.js';
import { typoBudget, typoMatcher } from '../../util/didYouMean.js';
import { locate } from '../locate.js';
import type { Rule } from '../rule.js';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'An id that names nothing: an owner, pillar, value or KPI that is not defined anywhere in the project.',
  rationale: 'A broken link is a broken line of sight: a KPI whose owner does not exist has nobody accountable for the customer.',
  howToFix: 'Use the id of an existing entity (the did-you-mean suggestion is usually right), or define the missing one.',
  *check({ index }) {
    const matchers = new Map<string, (id: string) => string | undefined>();
    const budget = typoBudget();
    for (const reference of index.references) {
      if (index.definitions(reference.kind, reference.id).length > 0) continue;
      const label = KIND_LABEL[reference.kind].one;
      let closest = matchers.get(reference.kind);
      if (!closest) matchers.set(reference.kind, (closest = typoMatcher((index.entities.get(reference.kind) ?? []).map((entity) => entity.id), budget)));
      const guess = closest(reference.id);
      const location = referenceAt(reference);
      const fixes = guess ? [{ title: `Change to "${guess}"`, edits: [{ file: location.file.path, range: locate(location), newText: guess }] }] : undefined;
      yield {
        at: location,
        entity: reference.from,
        message: `No ${label} has the id "${reference.id}".${guess ? ` Did you mean "${guess}"?` : ` Define it or use an existing ${label}.`}`,
        fixes,
      };
    }
  },
};
