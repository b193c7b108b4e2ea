import { MINIMAL_CONFIG, type ProjectFiles } from '../helpers/tempProject.js';

/**
 * Ids (and the names of their KPIs) that test the anchors: one that slugs like a heading of the KPI page (`## Catalogue`,
 * `## Outcome KPIs`), ones that slug like another KPI's id (`KPI-3` and `kpi-3`, `kpi.5` and
 * `kpi5`), and one beyond ASCII. Quoted, as YAML would read some of them otherwise.
 */
export const AWKWARD_IDS = ['catalogue', 'outcome-kpis', 'KPI-3', 'kpi.5', 'kpi5', 'café-nps'];

const CATEGORIES = ['outcome', 'driver', 'efficiency'];

/** Text remark has to escape, now and then, so that plain and escaped blocks alternate on a page. */
function description(n: number): string {
  return n % 97 === 0 ? `"*Starred* [see] www.example.com | n_${n} <b>"` : `How often customers of area ${n % 40} get what they need at the first try.`;
}

/**
 * A project of `count` KPIs (plus the awkward ones), 100 to a file, with owners, teams, pillars,
 * standards, guardrails, initiatives and rituals that refer to them, and a few unknown owners.
 */
export function largeProject(count: number): ProjectFiles {
  const files: ProjectFiles = { 'cxgov.yaml': MINIMAL_CONFIG };
  const pillars = ['speed', 'care', 'trust'];
  files['governance/mission.yaml'] = [
    'mission:',
    '  statement: Every customer leaves happier than they came.',
    '  owner: owner-0',
    '  pillars:',
    ...pillars.map((id) => `    - { id: ${id}, name: ${id.toUpperCase()} }`),
  ].join('\n');
  files['governance/owners.yaml'] = [
    'owners:',
    '  - { id: team-a, name: Team A, type: team, members: [owner-1, owner-2] }',
    ...Array.from({ length: 40 }, (_, n) => `  - { id: owner-${n}, name: Owner ${n}, type: person, email: owner${n}@example.com }`),
  ].join('\n');
  const ids = [...Array.from({ length: count }, (_, n) => `kpi-${n}`), ...AWKWARD_IDS];
  for (let start = 0; start < ids.length; start += 100) {
    const lines = ['kpis:'];
    ids.slice(start, start + 100).forEach((id, offset) => {
      const n = start + offset;
      const category = CATEGORIES[n % 3]!;
      lines.push(
        `  - id: "${id}"`,
        // The awkward ones are named as their ids: headings show names, so their anchors come from these.
        `    name: ${n < count ? `KPI ${n}` : `"${id}"`}`,
        `    description: ${description(n)}`,
        `    owner: ${n % 100 === 7 ? `missing-${n}` : `owner-${n % 40}`}`,
        `    supports: [${pillars[n % 3]}]`,
        `    category: ${category}`,
        '    unit: percent',
        `    baseline: ${n % 50}`,
        '    target: { value: 80, by: 2027-12-31 }',
        '    cadence: monthly',
        `    review: { every: quarterly, last: 2026-0${1 + (n % 9)}-15 }`,
        ...(category === 'efficiency' ? [`    guardrails: ["${ids[n - (n % 3)]}", "${AWKWARD_IDS[n % AWKWARD_IDS.length]}"]`] : []),
      );
    });
    files[`governance/kpis/kpis-${String(start / 100).padStart(2, '0')}.yaml`] = lines.join('\n');
  }
  files['governance/standards.yaml'] = [
    'standards:',
    ...Array.from({ length: 30 }, (_, n) => `  - { id: standard-${n}, title: Standard ${n}, owner: team-a, supports: [${pillars[n % 3]}], measuredBy: ["${ids[n * 7]}", "${AWKWARD_IDS[n % AWKWARD_IDS.length]}"] }`),
  ].join('\n');
  files['governance/practice.yaml'] = [
    'initiatives:',
    '  - { id: faster-refunds, name: Faster refunds, door: two-way, owner: owner-3, supports: [speed], kpis: [kpi-1, catalogue, "café-nps"] }',
    'rituals:',
    '  - { id: customer-hour, name: Customer hour, cadence: weekly, owner: owner-0, supports: [care] }',
  ].join('\n');
  return files;
}
