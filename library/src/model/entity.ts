import type { Location, Path } from '../source/locate.js';
import type { SourceFile } from '../source/sourceFile.js';
import { SECTION_KIND, type EntityKind, type Section } from './sections.js';

/** One governance entity (a KPI, an owner, a pillar…) as written in a source. */
export interface Entity {
  kind: EntityKind;
  section: Section;
  id: string;
  /** The entity's fields as plain data, as written: rules must not trust their types (the schema rule reports them). */
  data: Readonly<Record<string, unknown>>;
  file: SourceFile;
  doc: number;
  /** Path of the entity's mapping in its document, e.g. `['kpis', 3]`. */
  path: Path;
}

/** One id written in a field of an entity, pointing at another entity. */
export interface Reference {
  from: Entity;
  kind: EntityKind;
  id: string;
  field: string;
  /** Path of the id's scalar in its document. */
  path: Path;
}

/** `section/id`, the name exceptions and problems use for an entity. */
export function entityName(entity: Pick<Entity, 'section' | 'id' | 'kind'>): string {
  return entity.kind === 'pillar' ? `pillars/${entity.id}` : `${entity.section}/${entity.id}`;
}

/** The kind and id a `section/id` names (the reverse of `entityName`); undefined for an unknown section. */
export function parseEntityName(name: string): { kind: EntityKind; id: string } | undefined {
  const slash = name.indexOf('/');
  if (slash === -1) return undefined;
  const section = name.slice(0, slash);
  const kind = section === 'pillars' ? 'pillar' : section === 'mission' ? 'mission' : Object.hasOwn(SECTION_KIND, section) ? SECTION_KIND[section as Exclude<Section, 'mission'>] : undefined;
  return kind && { kind, id: name.slice(slash + 1) };
}

/** Where an entity, or one of its fields, is written. */
export function at(entity: Entity, ...subpath: (string | number)[]): Location {
  return { file: entity.file, doc: entity.doc, path: [...entity.path, ...subpath] };
}

/** The location of a reference's id. */
export function referenceAt(reference: Reference): Location {
  return { file: reference.from.file, doc: reference.from.doc, path: reference.path };
}
