/** The top-level sections of a source file, in handbook order. */
export const SECTIONS = ['mission', 'values', 'owners', 'standards', 'kpis', 'initiatives', 'rituals'] as const;
export type Section = (typeof SECTIONS)[number];

/** Kinds of entity that can be referred to by id. Pillars live inside the mission. */
export type EntityKind = 'pillar' | 'value' | 'owner' | 'standard' | 'kpi' | 'initiative' | 'ritual' | 'mission';

/** Which kind of entity each list section holds. */
export const SECTION_KIND: Record<Exclude<Section, 'mission'>, EntityKind> = {
  values: 'value',
  owners: 'owner',
  standards: 'standard',
  kpis: 'kpi',
  initiatives: 'initiative',
  rituals: 'ritual',
};

/** Words users see for each kind. */
export const KIND_LABEL: Record<EntityKind, { one: string; many: string }> = {
  mission: { one: 'mission', many: 'missions' },
  pillar: { one: 'pillar', many: 'pillars' },
  value: { one: 'value', many: 'values' },
  owner: { one: 'owner', many: 'owners' },
  standard: { one: 'standard', many: 'standards' },
  kpi: { one: 'KPI', many: 'KPIs' },
  initiative: { one: 'initiative', many: 'initiatives' },
  ritual: { one: 'ritual', many: 'rituals' },
};

export function isSection(key: unknown): key is Section {
  return typeof key === 'string' && (SECTIONS as readonly string[]).includes(key);
}
