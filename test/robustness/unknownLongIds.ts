// A hostile project for the did-you-mean search: one source of about N bytes whose KPIs have long
// random ids (60-200 characters) and name thousands of long ids that exist nowhere, as owner,
// pillars and guardrails. Each unknown id asks for a suggestion among thousands of long candidates.
// The same size always gives the same bytes.
//
// `node test/dist/robustness/unknownLongIds.js DIR BYTES` writes one project, to time
// `cxgov lint DIR` by hand.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The one source the project holds, relative to its root. */
export const UNKNOWN_IDS_SOURCE = 'governance/kpis.yaml';

/** A kebab-case id of 60-200 characters, a pure function of `seed`. */
export function longId(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 260; round++) hex += createHash('sha256').update(`${seed}/${round}`).digest('hex');
  const length = 60 + (parseInt(hex.slice(0, 4), 16) % 141);
  const words: string[] = [];
  let at = 4;
  while (words.join('-').length < length) {
    const size = 3 + (parseInt(hex[at]!, 16) % 8);
    words.push(hex.slice(at + 1, at + 1 + size));
    at += size + 1;
  }
  return words.join('-').slice(0, length).replace(/-$/, 'x');
}

/** Writes the project into `root` (emptied first); returns the number of KPIs and of unknown ids. */
export function writeUnknownLongIdsProject(root: string, bytes: number): { kpis: number; unknownIds: number } {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'governance'), { recursive: true });
  writeFileSync(join(root, 'cxgov.yaml'), 'name: unknown-long-ids\nsources:\n  maxFileSize: 8MB\n');
  const pillars = Array.from({ length: 50 }, (_, i) => longId(`pillar-${i}`));
  const owners = Array.from({ length: 200 }, (_, i) => longId(`owner-${i}`));
  let text =
    'mission:\n  statement: Every customer leaves happier than they came.\n  pillars:\n' +
    pillars.map((id) => `    - id: ${id}\n      name: A pillar\n`).join('') +
    'owners:\n' +
    owners.map((id) => `  - id: ${id}\n    name: An owner\n    type: team\n`).join('') +
    'kpis:\n';
  let kpis = 0;
  let unknownIds = 0;
  while (text.length < bytes) {
    const unknown = (what: string) => {
      unknownIds += 1;
      return longId(`unknown-${what}-${kpis}`);
    };
    text +=
      `  - id: ${longId(`kpi-${kpis}`)}\n    name: KPI ${kpis}\n    category: efficiency\n` +
      `    owner: ${unknown('owner')}\n` +
      `    supports:\n      - ${unknown('pillar')}\n` +
      `    guardrails:\n      - ${unknown('guardrail-a')}\n      - ${unknown('guardrail-b')}\n`;
    kpis += 1;
  }
  writeFileSync(join(root, UNKNOWN_IDS_SOURCE), text);
  return { kpis, unknownIds };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, bytes] = process.argv.slice(2);
  if (!dir || !Number(bytes)) {
    console.error('usage: node test/dist/robustness/unknownLongIds.js DIR BYTES');
    process.exit(2);
  }
  const made = writeUnknownLongIdsProject(dir, Number(bytes));
  console.log(`${made.kpis} KPIs naming ${made.unknownIds} unknown ids in ${join(dir, UNKNOWN_IDS_SOURCE)}`);
}
