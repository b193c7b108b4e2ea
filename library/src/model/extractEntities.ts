import type { SourceFile } from '../load/sourceFile.js';
import type { Path } from '../check/locate.js';
import type { Entity, Reference } from './entity.js';
import { REFERENCE_FIELDS } from './references.js';
import { SECTION_KIND, isSection, type Section } from './sections.js';

export interface Extracted {
  entities: Entity[];
  references: Reference[];
}

/**
 * Finds the entities and references in one file's data. Anything of the wrong shape is skipped:
 * the schema check reports it, and the model only holds what can be trusted.
 */
export function extractEntities(file: SourceFile, data: readonly unknown[]): Extracted {
  const out: Extracted = { entities: [], references: [] };
  data.forEach((documentData, doc) => {
    if (!isRecord(documentData)) return;
    for (const [key, value] of Object.entries(documentData)) {
      if (!isSection(key)) continue;
      if (key === 'mission') extractMission(out, file, doc, value);
      else if (Array.isArray(value)) {
        value.forEach((item, index) => addEntity(out, file, doc, key, key, item, [key, index]));
      }
    }
  });
  return out;
}

function extractMission(out: Extracted, file: SourceFile, doc: number, value: unknown): void {
  if (!isRecord(value)) return;
  const mission: Entity = { kind: 'mission', section: 'mission', id: 'mission', data: value, file, doc, path: ['mission'] };
  out.entities.push(mission);
  addReferences(out, mission, 'mission');
  if (!Array.isArray(value.pillars)) return;
  value.pillars.forEach((pillar, index) => addEntity(out, file, doc, 'mission', 'pillars', pillar, ['mission', 'pillars', index]));
}

function addEntity(out: Extracted, file: SourceFile, doc: number, section: Section, fields: Section | 'pillars', item: unknown, path: Path): void {
  if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') return;
  const kind = fields === 'pillars' ? 'pillar' : SECTION_KIND[section as Exclude<Section, 'mission'>];
  const entity: Entity = { kind, section, id: item.id, data: item, file, doc, path };
  out.entities.push(entity);
  addReferences(out, entity, fields);
}

function addReferences(out: Extracted, from: Entity, fields: Section | 'pillars'): void {
  for (const { field, kind, many } of REFERENCE_FIELDS[fields]) {
    const value = from.data[field];
    if (many) {
      if (!Array.isArray(value)) continue;
      value.forEach((id, index) => {
        if (typeof id === 'string') out.references.push({ from, kind, id, field, path: [...from.path, field, index] });
      });
    } else if (typeof value === 'string') {
      out.references.push({ from, kind, id: value, field, path: [...from.path, field] });
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
