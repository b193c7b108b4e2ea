import type { Entity, Reference } from '../model/entity.js';
import type { EntityKind } from '../model/sections.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { factsOf, type FileFacts, type ReadFacts } from '../check/scope/fileFacts.js';

// What the live engine derives from one analysis again at every check, kept with the analysis
// (which never changes): a file of thousands of entities is otherwise walked once per rule and kind.

const facts = new WeakMap<FileAnalysis, FileFacts>();
const reads = new WeakMap<(analysis: FileAnalysis) => ReadFacts, WeakMap<FileAnalysis, ReadFacts>>();
const grouped = new WeakMap<FileAnalysis, { entities: Map<EntityKind, Entity[]>; references: Map<EntityKind | undefined, Reference[]> }>();

/** `factsOf`, computed once per analysis. */
export function memoFactsOf(analysis: FileAnalysis): FileFacts {
  let found = facts.get(analysis);
  if (!found) facts.set(analysis, (found = factsOf(analysis)));
  return found;
}

/** A rule's `reads`, computed once per analysis. */
export function memoReads(read: (analysis: FileAnalysis) => ReadFacts): (analysis: FileAnalysis) => ReadFacts {
  let byAnalysis = reads.get(read);
  if (!byAnalysis) reads.set(read, (byAnalysis = new WeakMap()));
  const memo = byAnalysis;
  return (analysis) => {
    let found = memo.get(analysis);
    if (!found) memo.set(analysis, (found = read(analysis)));
    return found;
  };
}

/** An analysis's entities by kind, and its references by kind (all of them under undefined). */
export function groupedOf(analysis: FileAnalysis): { entities: ReadonlyMap<EntityKind, readonly Entity[]>; references: ReadonlyMap<EntityKind | undefined, readonly Reference[]> } {
  let found = grouped.get(analysis);
  if (!found) {
    const entities = new Map<EntityKind, Entity[]>();
    for (const entity of analysis.entities) push(entities, entity.kind, entity);
    const references = new Map<EntityKind | undefined, Reference[]>([[undefined, [...analysis.references]]]);
    for (const reference of analysis.references) push(references, reference.kind, reference);
    grouped.set(analysis, (found = { entities, references }));
  }
  return found;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
