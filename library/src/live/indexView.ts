import type { Entity, Reference } from '../model/entity.js';
import type { EntityKind } from '../model/sections.js';
import type { LiveIndex, ProjectIndex } from '../model/projectIndex.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { ViewEntities } from '../check/scope/ruleScope.js';
import { groupedOf, push } from './analysisMemo.js';

/**
 * The index as a rule sees it when run over some files only: their analyses and references (of
 * one kind, if given), the entities it iterates (see `ViewEntities`), and lookups into the whole
 * project. Findings outside those files are dropped by the caller.
 */
export function view(index: LiveIndex, files: readonly FileAnalysis[], entities: ViewEntities, referenceKind?: EntityKind): ProjectIndex {
  let kinds: ReadonlyMap<EntityKind, readonly Entity[]>;
  if (entities === 'project') kinds = index.entities;
  else {
    const own = files.length === 1 ? groupedOf(files[0]!).entities : concatenated(files.map((analysis) => groupedOf(analysis).entities));
    kinds = entities === 'files' ? own : sameIds(index, own);
  }
  const references = files.length === 1 ? (groupedOf(files[0]!).references.get(referenceKind) ?? []) : files.flatMap((analysis) => groupedOf(analysis).references.get(referenceKind) ?? []);
  return {
    files,
    entities: kinds,
    references,
    definitions: (kind, id) => index.definitions(kind, id),
    referencesTo: (kind, id) => index.referencesTo(kind, id),
    mayDefine: (id) => index.mayDefine(id),
  };
}

/** Every definition, in project order, of each id that the given entities have. */
function sameIds(index: LiveIndex, own: ReadonlyMap<EntityKind, readonly Entity[]>): Map<EntityKind, Entity[]> {
  const result = new Map<EntityKind, Entity[]>();
  for (const [kind, entities] of own) {
    for (const id of new Set(entities.map((entity) => entity.id))) for (const entity of index.definitions(kind, id)) push(result, kind, entity);
  }
  return result;
}

/** Lists by kind, joined in the order given. */
function concatenated(maps: readonly ReadonlyMap<EntityKind, readonly Entity[]>[]): Map<EntityKind, Entity[]> {
  const result = new Map<EntityKind, Entity[]>();
  for (const map of maps) for (const [kind, list] of map) result.set(kind, [...(result.get(kind) ?? []), ...list]);
  return result;
}

/**
 * `view(index, index.files, 'project', kind)` for every kind, from one pass over the index's
 * references: the first check of 20,000 files would otherwise walk every file once per kind.
 */
export function wholeViews(index: LiveIndex): (referenceKind: EntityKind) => ProjectIndex {
  const byKind = new Map<EntityKind, Reference[]>();
  for (const reference of index.references) push(byKind, reference.kind, reference);
  return (referenceKind) => ({
    files: index.files,
    entities: index.entities,
    references: byKind.get(referenceKind) ?? [],
    definitions: (kind, id) => index.definitions(kind, id),
    referencesTo: (kind, id) => index.referencesTo(kind, id),
    mayDefine: (id) => index.mayDefine(id),
    analysis: (path) => index.analysis(path),
  });
}
