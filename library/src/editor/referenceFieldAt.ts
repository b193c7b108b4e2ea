import type { Path } from '../source/locate.js';
import { REFERENCE_FIELDS, type ReferenceField } from '../model/references.js';
import { isSection, type Section } from '../model/sections.js';

/** Where a path points inside an entity: which kind of entry holds it, and the field under it. */
export interface FieldPlace {
  /** The section whose reference fields apply (`pillars` for a pillar inside the mission). */
  fields: Section | 'pillars';
  /** Path of the entity's mapping, e.g. `['kpis', 3]` or `['mission']`. */
  entityPath: Path;
  /** The path below the entity, e.g. `['owner']` or `['supports', 1]`. */
  rest: Path;
}

/** Which entity mapping a path is inside; undefined outside any entity (top level, section lists). */
export function fieldPlaceAt(path: Path): FieldPlace | undefined {
  const [section, second, third] = path;
  if (!isSection(section)) return undefined;
  if (section === 'mission') {
    if (second === 'pillars' && typeof third === 'number') return { fields: 'pillars', entityPath: path.slice(0, 3), rest: path.slice(3) };
    return { fields: 'mission', entityPath: ['mission'], rest: path.slice(1) };
  }
  if (typeof second !== 'number') return undefined;
  return { fields: section, entityPath: path.slice(0, 2), rest: path.slice(2) };
}

/**
 * The reference field whose id is written at a path: `['kpis', 0, 'owner']` is a KPI's owner,
 * `['kpis', 0, 'supports', 2]` one of its pillars. Undefined when the path holds no id of another entry.
 */
export function referenceFieldAt(path: Path): ReferenceField | undefined {
  const place = fieldPlaceAt(path);
  if (!place) return undefined;
  const [field, index, ...deeper] = place.rest;
  if (typeof field !== 'string' || deeper.length > 0) return undefined;
  const many = index !== undefined;
  if (many && typeof index !== 'number') return undefined;
  return REFERENCE_FIELDS[place.fields].find((candidate) => candidate.field === field && candidate.many === many);
}

/** The reference field a field name holds in an entity at a path, whether one id or a list. */
export function referenceFieldNamed(path: Path, field: string): ReferenceField | undefined {
  const place = fieldPlaceAt(path);
  if (!place || place.rest.length > 0) return undefined;
  return REFERENCE_FIELDS[place.fields].find((candidate) => candidate.field === field);
}
