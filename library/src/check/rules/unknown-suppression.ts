import { entityName } from '../../model/entity.js';
import type { ProjectIndex } from '../../model/projectIndex.js';
import { fileDirectives } from '../suppressions.js';
import { typoBudget, typoMatcher } from '../../util/didYouMean.js';
import { locate } from '../../source/locate.js';
import type { Finding, Rule } from '../rule.js';
import { exceptionAt, judgedExceptions, namedEntities } from '../suppression/judged.js';

export const unknownSuppression: Rule = {
  id: 'unknown-suppression',
  defaultSeverity: 'error',
  description: 'A disable comment that names a rule that does not exist, or an exception in cxgov.yaml for an entity that does not exist.',
  rationale:
    'A misspelt suppression silences nothing: the problem it was written for still shows, or the exception outlives the entry it was agreed for, and readers believe a gap was accepted when it was not.',
  howToFix: 'Correct the rule name or the entity (the did-you-mean suggestion is usually right), or remove the suppression.',
  // Judged after every other rule, on what they found (see runRules).
  scope: { kind: 'suppressions' },
  *check({ index, suppressions }) {
    if (!suppressions) return;
    const known = new Set(suppressions.ruleIds);
    const closestRule = typoMatcher(suppressions.ruleIds);
    for (const analysis of index.files) {
      for (const { names } of fileDirectives(analysis)) {
        for (const { name, range } of names) {
          if (known.has(name)) continue;
          const guess = closestRule(name);
          yield {
            at: { file: analysis.file, range },
            message: `No rule is called "${name}", so this comment silences nothing under that name.${guess ? ` Did you mean "${guess}"?` : ' "cxgov rules" lists every rule.'}`,
            ...(guess && { fixes: [{ title: `Change to "${guess}"`, edits: [{ file: analysis.file.path, range, newText: guess }] }] }),
          };
        }
      }
    }
    let closestEntity: ((word: string) => string | undefined) | undefined;
    for (const { exception, at } of judgedExceptions(suppressions)) {
      if (namedEntities(index, exception.entity).length > 0) continue;
      closestEntity ??= typoMatcher(entityNames(index), typoBudget());
      const guess = closestEntity(exception.entity);
      const location = exceptionAt(suppressions, at, 'entity')!;
      const finding: Finding = {
        at: location,
        message: `This exception is for "${exception.entity}", which does not exist, so it applies to nothing.${guess ? ` Did you mean "${guess}"?` : ' Write the entity as section/id of an existing entry, or remove the exception.'}`,
      };
      if (guess) finding.fixes = [{ title: `Change to "${guess}"`, edits: [{ file: location.file.path, range: locate(location), newText: guess }] }];
      yield finding;
    }
  },
};

function* entityNames(index: ProjectIndex): Iterable<string> {
  for (const entities of index.entities.values()) for (const entity of entities) yield entityName(entity);
}
