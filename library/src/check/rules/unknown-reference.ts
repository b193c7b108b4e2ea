import { referenceAt } from '../../model/entity.js';
import { KIND_LABEL } from '../../model/sections.js';
import { typoBudget, typoMatcher } from '../../util/didYouMean.js';
import { locate } from '../../source/locate.js';
import type { Rule } from '../rule.js';
import { key, ofKind, referringFiles } from '../scope/ruleScope.js';
import { createOwnerEdit, present } from '../fixes/projectFixes.js';
import { sameRange } from '../../source/range.js';

export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'An id that names nothing: an owner, pillar, value or KPI that is not defined anywhere in the project.',
  rationale: 'A broken link is a broken line of sight: a KPI whose owner does not exist has nobody accountable for the customer.',
  howToFix: 'Use the id of an existing entity (the did-you-mean suggestion is usually right), or define the missing one.',
  // A reference is unknown when its id has no definition; its did-you-mean reads every id of the
  // kind. So: references to ids that appeared or disappeared, and, when a kind's ids changed, every
  // unknown reference of that kind.
  scope: {
    kind: 'linked',
    entities: 'project',
    byReferenceKind: true,
    affected: (change, index, kind) => {
      const appeared = ofKind(kind!, change.appeared);
      const files = referringFiles(index, appeared);
      if (appeared.length > 0) {
        const unknown = [...index.referencedIds(kind!)].filter((id) => index.definitions(kind!, id).length === 0);
        for (const file of referringFiles(index, unknown.map((id) => key(kind!, id)))) files.add(file);
      }
      return files;
    },
  },
  // An unknown owner can be created where the project keeps its owners (did-you-mean fixes go on the finding).
  fixes(problem, context) {
    const reference = context.analysis.references.find((candidate) => sameRange(locate(referenceAt(candidate)), problem.range));
    if (!reference || reference.kind !== 'owner' || !context.edits.isId(reference.id) || context.index.definitions('owner', reference.id).length > 0) return [];
    return present([{ title: `Create owner '${reference.id}'`, edit: createOwnerEdit(reference.id, context) }]);
  },
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
