// Deterministic synthetic governance projects for the benchmark: N KPIs, one per file (about 660
// bytes each, like the reference floor), with owners, pillars, standards, rituals and a few
// percent of each kind of problem; or the same sections in one big file. The same N always gives
// the same bytes.
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

/** The sections of a project of `kpis` KPIs, as YAML text: one list item (or mission) per string. */
interface ProjectText {
  hotOwner: string;
  mission: string;
  /** Each owner's item (`  - id: …`), without the `owners:` key. */
  owners: string[];
  /** Each KPI's item, without the `kpis:` key. */
  kpis: string[];
  standards: string[];
  rituals: string[];
}

/** The same N always gives the same text, whichever layout writes it. */
function projectText(kpis: number): ProjectText {
  const next = random(kpis);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const pillars = Array.from({ length: 12 }, (_, i) => `pillar-${pad(i, 2)}`);
  const ownerCount = Math.max(20, Math.ceil(kpis / 20));
  const owners = Array.from({ length: ownerCount }, (_, i) => `owner-${pad(i)}`);
  const hotOwner = owners[0]!;
  const mission =
    `mission:\n  statement: Every customer leaves happier than they came.\n  owner: ${hotOwner}\n  pillars:\n` +
    pillars.map((id, i) => `    - id: ${id}\n      name: Pillar ${i}\n      description: What customers feel when we keep promise ${i}.\n`).join('');
  const ownerItems = owners.map((id, i) => `  - id: ${id}\n    name: Owner ${i}\n    type: ${i % 500 % 3 === 0 ? 'team' : 'person'}\n    customers:\n      - Customers of area ${i % 40}\n`);
  // The first 1,000 KPIs name the hot owner, so that renaming it touches them all.
  const kpiIds = Array.from({ length: kpis }, (_, i) => `kpi-${pad(i)}`);
  const kpiItems = kpiIds.map((kpiId, i) => {
    const roll = next();
    const category = i % 10 === 0 ? 'outcome' : pick(CATEGORIES);
    const owner = roll < 0.01 ? `missing-owner-${i}` : i < 1000 ? hotOwner : pick(owners);
    const guardrail = category === 'efficiency' && roll > 0.03 ? `    guardrails:\n      - ${kpiIds[Math.floor(i / 10) * 10]}\n` : '';
    const ownerLine = roll >= 0.01 && roll < 0.02 ? '' : `    owner: ${owner}\n`;
    const id = roll >= 0.04 && roll < 0.045 && i > 0 ? kpiIds[i - 1] : kpiId;
    const unit = roll >= 0.045 && roll < 0.05 ? '    unit: [percent]\n' : '    unit: percent\n';
    return (
      `  - id: ${id}\n    name: KPI number ${i}\n    description: How often customers in area ${i % 40} get what they need at the first try, without calling, chatting or writing to us again about it, measured each ${pick(CADENCES)}.\n` +
      ownerLine +
      // Half the KPIs list their pillars on one line, as people often write them.
      (i % 2 === 1 ? `    supports: [${pick(pillars)}]\n` : `    supports:\n      - ${pick(pillars)}\n`) +
      `    category: ${category}\n` +
      unit +
      `    direction: increase\n    baseline: ${Math.round(next() * 50)}\n    target:\n      value: ${50 + Math.round(next() * 50)}\n      by: 2027-12-31\n` +
      `    formula: Contacts in area ${i % 40} solved at the first try, divided by all contacts in that area over the last 28 days.\n    cadence: ${pick(CADENCES)}\n    source: Synthetic survey ${i % 7}\n` +
      guardrail +
      `    status: ${roll > 0.5 ? 'validated' : 'active'}\n    review:\n      every: yearly\n      last: 2026-0${1 + (i % 9)}-15\n`
    );
  });
  const standards = Array.from(
    { length: Math.ceil(kpis / 10) },
    (_, i) =>
      `  - id: standard-${pad(i)}\n    title: Standard ${i}\n    description: We answer every customer of area ${i % 40} like a friend.\n    owner: ${pick(owners)}\n    supports:\n      - ${pick(pillars)}\n    measuredBy:\n      - ${kpiIds[(i * 10) % kpis]}\n    review:\n      every: yearly\n      last: 2026-03-01\n`,
  );
  const rituals = pillars.map(
    (pillar, i) => `  - id: ritual-${pad(i, 2)}\n    name: Ritual ${i}\n    description: Yesterday's numbers at stand-up.\n    cadence: daily\n    owner: ${pick(owners)}\n    audience: Everyone\n    supports:\n      - ${pillar}\n`,
  );
  return { hotOwner, mission, owners: ownerItems, kpis: kpiItems, standards, rituals };
}

function projectWriter(root: string): { write: (path: string, text: string) => void; files: () => number } {
  rmSync(root, { recursive: true, force: true });
  let files = 0;
  return {
    write: (path, text) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
      files += 1;
    },
    files: () => files,
  };
}

const configText = (name: string) => `name: ${name}\ndescription: A generated project for the cxgov benchmark.\n`;

/** Writes a project of `kpis` KPIs into `root` (emptied first): one KPI per file, owners and standards in files of 500 and 200. */
export function generateProject(root: string, kpis: number): GeneratedProject {
  const text = projectText(kpis);
  const { write, files } = projectWriter(root);
  write('cxgov.yaml', configText(`synthetic-${kpis}`));
  write('governance/mission.yaml', text.mission);
  for (let start = 0; start < text.owners.length; start += 500) {
    write(`governance/owners/owners-${pad(start / 500, 3)}.yaml`, 'owners:\n' + text.owners.slice(start, start + 500).join(''));
  }
  text.kpis.forEach((item, i) => write(`governance/kpis/${pad(Math.floor(i / 1000), 2)}/kpi-${pad(i)}.yaml`, `kpis:\n${item}`));
  for (let start = 0; start < text.standards.length; start += 200) {
    write(`governance/standards/standards-${pad(start / 200, 3)}.yaml`, 'standards:\n' + text.standards.slice(start, start + 200).join(''));
  }
  write('governance/rituals.yaml', 'rituals:\n' + text.rituals.join(''));
  return { root, kpis, files: files(), editFile: join(root, 'governance/kpis/00/kpi-00001.yaml'), hotOwner: text.hotOwner };
}

/** A project that keeps everything in one file, as the README suggests to small teams. */
export interface SingleFileProject {
  root: string;
  kpis: number;
  /** The one source, and its size in bytes. */
  file: string;
  bytes: number;
}

/** The single file's text for `kpis` KPIs: every section, the KPIs last but the rituals. */
function singleFileText(kpis: number): string {
  const text = projectText(kpis);
  return `${text.mission}owners:\n${text.owners.join('')}standards:\n${text.standards.join('')}kpis:\n${text.kpis.join('')}rituals:\n${text.rituals.join('')}`;
}

/** Writes a project of one source of about `bytes` bytes into `root` (emptied first). */
export function generateSingleFileProject(root: string, bytes: number): SingleFileProject {
  // Sized by a probe: the bytes per KPI (its share of owners and standards included) hardly vary with N.
  const probe = 1000;
  const kpis = Math.max(20, Math.round((bytes / Buffer.byteLength(singleFileText(probe))) * probe));
  const text = singleFileText(kpis);
  const { write } = projectWriter(root);
  // Above the default limit of 1 MB per source, which a 3 MB file needs.
  write('cxgov.yaml', `${configText(`single-file-${kpis}`)}sources:\n  maxFileSize: 8MB\n`);
  write('governance/kpis.yaml', text);
  return { root, kpis, file: join(root, 'governance/kpis.yaml'), bytes: Buffer.byteLength(text) };
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
