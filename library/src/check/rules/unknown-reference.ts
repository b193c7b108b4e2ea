import { relative, sep } from 'node:path';
import { referenceAt } from '../../model/entity.js';
import type { FileAnalysis } from '../../model/fileAnalysis.js';
import { KIND_LABEL } from '../../model/sections.js';
import { typoBudget, typoMatcher } from '../../util/didYouMean.js';
import { locate } from '../../source/locate.js';
import type { Rule } from '../rule.js';
import { key, ofKind, referringFiles } from '../scope/ruleScope.js';
import { createOwnerFixes } from '../fixes/projectFixes.js';
import { sameRange } from '../../source/range.js';

/** "governance/kpis.yaml has a syntax error at line 10": the first error that broke the file. */
function brokenAt(analysis: FileAnalysis, root: string): string {
  const file = relative(root, analysis.file.path).split(sep).join('/');
  return `${file} has a syntax error at line ${firstBreak(analysis) + 1}`;
}

/** The 0-based line of the first syntax error that broke part of a file. */
function firstBreak(analysis: FileAnalysis): number {
  return (analysis.file.syntax.find((finding) => finding.breaks) ?? analysis.file.syntax[0])?.range.start.line ?? 0;
}

export const unknownReference: Rule = {
  id: 'unknown-reference',
  defaultSeverity: 'error',
  description: 'An id that names nothing: an owner, pillar, value or KPI that is not defined anywhere in the project.',
  rationale: 'A broken link is a broken line of sight: a KPI whose owner does not exist has nobody accountable for the customer.',
  howToFix: 'Use the id of an existing entity (the did-you-mean suggestion is usually right), or define the missing one.',
  // A reference is unknown when its id has no definition; its did-you-mean reads every id of the
  // kind. So: references to ids that appeared or disappeared, and, when a kind's ids changed, every
  // unknown reference of that kind. An id written where a syntax error broke a file may be defined
  // there: references to words that appeared in or disappeared from broken parts too.
  scope: {
    kind: 'linked',
    entities: 'project',
    byReferenceKind: true,
    reads: (analysis) => new Map(analysis.damage?.words.map((word) => [word, String(firstBreak(analysis))])),
    affected: (change, index, kind) => {
      const appeared = ofKind(kind!, change.appeared);
      const files = referringFiles(index, [...appeared, ...change.read.map((word) => key(kind!, word))]);
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
    return createOwnerFixes(reference.id, context);
  },
  *check({ index, root }) {
    const matchers = new Map<string, (id: string) => string | undefined>();
    const budget = typoBudget();
    for (const reference of index.references) {
      if (index.definitions(reference.kind, reference.id).length > 0) continue;
      const label = KIND_LABEL[reference.kind].one;
      let closest = matchers.get(reference.kind);
      if (!closest) matchers.set(reference.kind, (closest = typoMatcher((index.entities.get(reference.kind) ?? []).map((entity) => entity.id), budget)));
      const location = referenceAt(reference);
      const broken = index.mayDefine(reference.id)[0];
      if (broken) {
        // Not a false error: the id may be defined where a syntax error broke a file. Said once the file is fixed, if not.
        yield { at: location, entity: reference.from, severity: 'info', message: `No ${label} has the id "${reference.id}" (${brokenAt(broken, root)} and may define it).` };
        continue;
      }
      const guess = closest(reference.id);
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
