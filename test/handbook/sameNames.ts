import { MINIMAL_CONFIG } from '../helpers/tempProject.js';

/**
 * A project whose names slug alike: two pillars, two owners and two KPIs share a name, and some
 * names repeat a page's or a section's heading ("Values", "Pillars", "Catalogue", "Driver KPIs",
 * written before the group heading it repeats). Ids are never shown as headings.
 */
export const SAME_NAMES = {
  'cxgov.yaml': MINIMAL_CONFIG,
  'governance/project.yaml': `
mission:
  statement: We keep our promise.
  owner: ana
  pillars:
    - { id: pillar-one, name: Pillars }
    - { id: care, name: Care }
    - { id: care-again, name: Care }
values:
  - { id: value-one, name: Values, behaviours: [Listen] }
  - { id: kindness, name: Kindness, behaviours: [Smile] }
owners:
  - { id: ana, name: Ana, type: person }
  - { id: ana-team, name: Ana, type: team, members: [ana] }
kpis:
  - { id: kpi-catalogue, name: Catalogue, category: outcome, owner: ana, supports: [care, pillar-one] }
  - { id: nps, name: Net Promoter Score, category: outcome, owner: ana-team, supports: [care-again] }
  - { id: nps-driver, name: Net Promoter Score, category: driver, owner: ana, supports: [care] }
  - { id: outcome-drivers, name: Driver KPIs, category: outcome, owner: ana, supports: [care] }
standards:
  - { id: kind-words, title: Kindness, owner: ana, values: [value-one, kindness], measuredBy: [kpi-catalogue, nps-driver, nps], supports: [pillar-one] }
`,
};
