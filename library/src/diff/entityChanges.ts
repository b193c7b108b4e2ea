import { at, type Entity } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import { locate } from '../source/locate.js';
import { classifyRisk, type ClassifiedChange } from './classifyRisk.js';
import type { EntityChange } from './diffReport.js';
import { fieldChanges } from './fieldChanges.js';
import { matchEntities } from './matchEntities.js';
import { repositoryPath } from './matchProblems.js';

/** The entity changes of one project from BASE to HEAD (either may not exist), classified. */
export function entityChanges(base: ProjectIndex | undefined, head: ProjectIndex | undefined, repository: string, project: string): EntityChange[] {
  const pairs = matchEntities(base, head);
  const renamedIds = new Map(pairs.renamed.map(({ before, after }) => [`${before.kind}\0${before.id}`, after.id]));
  const classified: ClassifiedChange[] = [
    ...pairs.added.map((after) => ({ change: 'added' as const, after, fields: [] })),
    ...pairs.removed.map((before) => ({ change: 'removed' as const, before, fields: [] })),
    ...pairs.renamed.map(({ before, after }) => ({ change: 'renamed' as const, before, after, fields: [] })),
    ...pairs.kept
      .map(({ before, after }) => ({ change: 'changed' as const, before, after, fields: fieldChanges(before.data, after.data, after.kind === 'mission') }))
      .filter((change) => change.fields.length > 0),
  ];
  return classified.map((change) => {
    const entity = (change.after ?? change.before)!;
    const { start } = locate(at(entity));
    const name = entity.data.name ?? entity.data.title;
    return {
      change: change.change,
      ...classifyRisk(change, { head, renamedIds }),
      section: entity.section,
      kind: entity.kind,
      id: entity.id,
      ...(change.change === 'renamed' && { previousId: change.before!.id }),
      ...(typeof name === 'string' && { name }),
      project,
      file: repositoryPath(entity.file.path, repository),
      line: start.line + 1,
      column: start.character + 1,
      fields: change.fields,
    };
  });
}
