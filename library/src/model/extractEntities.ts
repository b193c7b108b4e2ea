import type { SourceFile } from '../source/sourceFile.js';
import type { Path } from '../source/locate.js';
import type { Entity, Reference } from './entity.js';
import { REFERENCE_FIELDS } from './references.js';
import { SECTION_KIND, isSection, type Section } from './sections.js';
import { entryKey, type DamagedEntry } from './damage.js';

export interface Extracted {
  entities: Entity[];
  references: Reference[];
}

/**
 * Finds the entities and references in one file's data. Anything of the wrong shape is skipped:
 * the schema check reports it, and the model only holds what can be trusted. Plain loops, since
 * this runs for every file of the project on the thread that runs the rules.
 */
export function extractEntities(file: SourceFile, data: readonly unknown[], damaged: readonly DamagedEntry[] = []): Extracted {
  const out: Extraction = { entities: [], references: [], damaged: damaged.length === 0 ? NONE_DAMAGED : new Set(damaged.map((entry) => entryKey(entry.doc, entry.path))) };
  for (let doc = 0; doc < data.length; doc++) {
    const documentData = data[doc];
    if (!isRecord(documentData)) continue;
    for (const key of Object.keys(documentData)) {
      if (!isSection(key)) continue;
      const value = documentData[key];
      if (key === 'mission') extractMission(out, file, doc, value);
      else if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) addEntity(out, file, doc, key, key, value[index], [key, index]);
      }
    }
  }
  return { entities: out.entities, references: out.references };
}

const NONE_DAMAGED: ReadonlySet<string> = new Set();

/** The extraction under way, with the entries a syntax error broke (they are left out). */
interface Extraction extends Extracted {
  damaged: ReadonlySet<string>;
}

function isDamaged(out: Extraction, doc: number, path: Path): boolean {
  return out.damaged.size > 0 && out.damaged.has(entryKey(doc, path));
}

function extractMission(out: Extraction, file: SourceFile, doc: number, value: unknown): void {
  if (!isRecord(value)) return;
  if (!isDamaged(out, doc, ['mission'])) {
    const mission: Entity = { kind: 'mission', section: 'mission', id: 'mission', data: value, file, doc, path: ['mission'] };
    out.entities.push(mission);
    addReferences(out, mission, 'mission');
  }
  const pillars = value.pillars;
  if (!Array.isArray(pillars)) return;
  for (let index = 0; index < pillars.length; index++) addEntity(out, file, doc, 'mission', 'pillars', pillars[index], ['mission', 'pillars', index]);
}

function addEntity(out: Extraction, file: SourceFile, doc: number, section: Section, fields: Section | 'pillars', item: unknown, path: Path): void {
  if (!isRecord(item) || typeof item.id !== 'string' || item.id === '' || isDamaged(out, doc, path)) return;
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
      for (let index = 0; index < value.length; index++) {
        const id: unknown = value[index];
        if (typeof id === 'string') out.references.push({ from, kind, id, field, path: pathTo(from.path, field, index) });
      }
    } else if (typeof value === 'string') {
      out.references.push({ from, kind, id: value, field, path: pathTo(from.path, field) });
    }
  }
}

/** An entity's path extended by a field (and an item of it). */
function pathTo(path: Path, field: string, index?: number): Path {
  const extended = path.slice();
  if (index === undefined) extended.push(field);
  else extended.push(field, index);
  return extended;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
