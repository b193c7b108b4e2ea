import type { EntityKind, Section } from './sections.js';

/** A field of an entity that names other entities by id. */
export interface ReferenceField {
  field: string;
  kind: EntityKind;
  /** A list of ids rather than one id. */
  many: boolean;
}

const owner = (field: string): ReferenceField => ({ field, kind: 'owner', many: false });
const list = (field: string, kind: EntityKind): ReferenceField => ({ field, kind, many: true });

/** Which fields of which section refer to what: the project's cross-file links. */
export const REFERENCE_FIELDS: Record<Section | 'pillars', readonly ReferenceField[]> = {
  mission: [owner('owner')],
  pillars: [],
  values: [],
  owners: [list('members', 'owner')],
  standards: [owner('owner'), list('supports', 'pillar'), list('values', 'value'), list('measuredBy', 'kpi')],
  kpis: [owner('owner'), list('supports', 'pillar'), list('guardrails', 'kpi')],
  initiatives: [owner('owner'), list('supports', 'pillar'), list('kpis', 'kpi'), owner('approvedBy')],
  rituals: [owner('owner'), list('supports', 'pillar')],
};
