// Deterministic synthetic governance projects for the benchmark: N KPIs, one per file (about 660
// bytes each, like the reference floor), with owners, pillars, standards, rituals and a few
// percent of each kind of problem. The same N always gives the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, fast, seeded PRNG (mulberry32): the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 5) => String(n).padStart(width, '0');
const CATEGORIES = ['outcome', 'driver', 'efficiency'] as const;
const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;

export interface GeneratedProject {
  root: string;
  kpis: number;
  files: number;
  /** The file whose edits the server benchmark times, and an owner id that about 1,000 entries reference. */
  editFile: string;
  hotOwner: string;
}

/** Writes a project of `kpis` KPIs into `root` (emptied first). */
export function generateProject(root: string, kpis: number): GeneratedProject {
  rmSync(root, { recursive: true, force: true });
  const next = random(kpis);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const pillars = Array.from({ length: 12 }, (_, i) => `pillar-${pad(i, 2)}`);
  const ownerCount = Math.max(20, Math.ceil(kpis / 20));
  const owners = Array.from({ length: ownerCount }, (_, i) => `owner-${pad(i)}`);
  const hotOwner = owners[0]!;
  let files = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    files += 1;
  };

  write('cxgov.yaml', `name: synthetic-${kpis}\ndescription: A generated project for the cxgov benchmark.\n`);
  write(
    'governance/mission.yaml',
    `mission:\n  statement: Every customer leaves happier than they came.\n  owner: ${hotOwner}\n  pillars:\n` +
      pillars.map((id, i) => `    - id: ${id}\n      name: Pillar ${i}\n      description: What customers feel when we keep promise ${i}.\n`).join(''),
  );
  for (let start = 0; start < ownerCount; start += 500) {
    const slice = owners.slice(start, start + 500);
    write(
      `governance/owners/owners-${pad(start / 500, 3)}.yaml`,
      'owners:\n' +
        slice
          .map((id, i) => `  - id: ${id}\n    name: Owner ${start + i}\n    type: ${i % 3 === 0 ? 'team' : 'person'}\n    customers:\n      - Customers of area ${(start + i) % 40}\n`)
          .join(''),
    );
  }
  // KPIs: one per file. The first 1,000 name the hot owner, so that renaming it touches them all.
  const kpiIds = Array.from({ length: kpis }, (_, i) => `kpi-${pad(i)}`);
  for (let i = 0; i < kpis; i++) {
    const roll = next();
    const category = i % 10 === 0 ? 'outcome' : pick(CATEGORIES);
    const owner = roll < 0.01 ? `missing-owner-${i}` : i < 1000 ? hotOwner : pick(owners);
    const guardrail = category === 'efficiency' && roll > 0.03 ? `    guardrails:\n      - ${kpiIds[Math.floor(i / 10) * 10]}\n` : '';
    const ownerLine = roll >= 0.01 && roll < 0.02 ? '' : `    owner: ${owner}\n`;
    const id = roll >= 0.04 && roll < 0.045 && i > 0 ? kpiIds[i - 1] : kpiIds[i];
    const unit = roll >= 0.045 && roll < 0.05 ? '    unit: [percent]\n' : '    unit: percent\n';
    write(
      `governance/kpis/${pad(Math.floor(i / 1000), 2)}/${kpiIds[i]}.yaml`,
      `kpis:\n  - id: ${id}\n    name: KPI number ${i}\n    description: How often customers in area ${i % 40} get what they need at the first try, without calling, chatting or writing to us again about it, measured each ${pick(CADENCES)}.\n` +
        ownerLine +
        // Half the KPIs list their pillars on one line, as people often write them.
        (i % 2 === 1 ? `    supports: [${pick(pillars)}]\n` : `    supports:\n      - ${pick(pillars)}\n`) +
        `    category: ${category}\n` +
        unit +
        `    direction: increase\n    baseline: ${Math.round(next() * 50)}\n    target:\n      value: ${50 + Math.round(next() * 50)}\n      by: 2027-12-31\n` +
        `    formula: Contacts in area ${i % 40} solved at the first try, divided by all contacts in that area over the last 28 days.\n    cadence: ${pick(CADENCES)}\n    source: Synthetic survey ${i % 7}\n` +
        guardrail +
        `    status: ${roll > 0.5 ? 'validated' : 'active'}\n    review:\n      every: yearly\n      last: 2026-0${1 + (i % 9)}-15\n`,
    );
  }
  const standards = Math.ceil(kpis / 10);
  for (let start = 0; start < standards; start += 200) {
    const count = Math.min(200, standards - start);
    write(
      `governance/standards/standards-${pad(start / 200, 3)}.yaml`,
      'standards:\n' +
        Array.from({ length: count }, (_, j) => {
          const i = start + j;
          return `  - id: standard-${pad(i)}\n    title: Standard ${i}\n    description: We answer every customer of area ${i % 40} like a friend.\n    owner: ${pick(owners)}\n    supports:\n      - ${pick(pillars)}\n    measuredBy:\n      - ${kpiIds[(i * 10) % kpis]}\n    review:\n      every: yearly\n      last: 2026-03-01\n`;
        }).join(''),
    );
  }
  write(
    'governance/rituals.yaml',
    'rituals:\n' +
      pillars.map((pillar, i) => `  - id: ritual-${pad(i, 2)}\n    name: Ritual ${i}\n    description: Yesterday's numbers at stand-up.\n    cadence: daily\n    owner: ${pick(owners)}\n    audience: Everyone\n    supports:\n      - ${pillar}\n`).join(''),
  );
  return { root, kpis, files, editFile: join(root, 'governance/kpis/00/kpi-00001.yaml'), hotOwner };
}

// `node bench/dist/generate.js DIR N` writes one project (for profiling by hand).
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node bench/dist/generate.js DIR KPIS');
    process.exit(2);
  }
  const project = generateProject(dir, Number(n));
  console.log(`${project.files} files, ${project.kpis} KPIs in ${project.root}`);
}
