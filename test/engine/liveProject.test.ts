// The incremental engine (LiveProject, library/src/live/) re-runs each rule only where its declared
// scope says its answer can change. These tests hold that to the full check: after every one of many
// seeded random edits to real projects, the incremental problems must equal a full run of every
// rule over the same texts, and every file whose problems changed must be among those the check
// says it changed (or the editor would keep showing stale diagnostics).
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LiveProject, type Problem } from 'cxgov';
import { analyzeFile, buildProjectIndex, compareProblems, findSources, parseSource, resolveSettings, runRules, type FileAnalysis } from 'cxgov/editor';
import { tempProject } from '../helpers/tempProject.js';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const TODAY = '2026-11-23';

/** A seeded linear congruential generator: the same edits on every machine and every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

/** Cross-linked files where every cross-file rule fires: shared owners, duplicates in two files, a guardrail loop across files. */
const LINKED = {
  // Exceptions that apply, match nothing, name a missing entity and have expired: judged over the whole project.
  'cxgov.yaml':
    'name: linked\nexceptions:\n  - rule: unknown-reference\n    entity: kpis/churn\n    reason: r\n  - rule: owner-unused\n    entity: owners/idle\n    reason: r\n  - rule: kpi-no-owner\n    entity: kpis/cost\n    reason: r\n  - rule: duplicate-id\n    entity: owners/team\n    reason: r\n    expires: 2026-01-01\n',
  'governance/mission.yaml': 'mission:\n  statement: Happy customers.\n  owner: lead\n  pillars:\n    - id: calm\n      name: Calm\n    - id: quick\n      name: Quick\n    - id: fair\n      name: Fair\n',
  'governance/owners.yaml': 'owners:\n  - id: lead\n    name: Lead\n    type: person\n  - id: team\n    name: Team\n    type: team\n    members: [lead, helper]\n  - id: helper\n    name: Helper\n    type: person\n  - id: idle\n    name: Idle\n    type: role\n',
  'governance/more-owners.yaml': 'owners:\n  - id: team\n    name: Team again\n    type: team\n  - id: spare\n    name: Spare\n    type: person\n',
  'governance/kpis/a.yaml':
    'kpis:\n  - id: nps\n    name: NPS\n    owner: lead\n    supports: [calm]\n    category: outcome\n    status: validated\n  - id: aht\n    name: Handle time\n    owner: team\n    supports: [quick]\n    category: efficiency\n    guardrails: [cost]\n    status: active\n',
  'governance/kpis/b.yaml':
    'kpis:\n  - id: cost\n    name: Cost\n    owner: helper\n    supports: [quick, fair]\n    category: efficiency\n    guardrails: [aht]\n    status: draft\n  - id: nps\n    name: NPS copy\n    owner: lead\n    supports: [fair]\n    category: driver\n    status: retired\n  - id: churn\n    name: Churn\n    owner: ghost\n    supports: [calmm]\n    category: outcome\n',
  'governance/standards.yaml': 'standards:\n  - id: answer\n    title: Answer fast\n    owner: spare\n    supports: [quick]\n    measuredBy: [aht, nps]\n',
};

/** Text edits that touch what rules read: ids, references, statuses, categories, guardrails, line positions, syntax, suppressions. */
function mutate(text: string, pool: readonly string[], next: () => number, others: readonly string[]): string {
  const lines = text.split('\n');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const at = Math.floor(next() * lines.length);
  const roll = next();
  if (roll < 0.45) {
    // Change the value of an id, reference, status or category, or of a list item.
    const candidates = lines.flatMap((line, i) => (/^\s*(-\s+)?(id|owner|approvedBy|status|category):\s*\S/.test(line) || /^\s*-\s+[\w-]+\s*$/.test(line) || /:\s*\[.*\]\s*$/.test(line) ? [i] : []));
    if (candidates.length === 0) return text;
    const i = pick(candidates);
    const line = lines[i]!;
    if (/:\s*\[.*\]\s*$/.test(line)) lines[i] = line.replace(/\[.*\]/, `[${Array.from({ length: Math.floor(next() * 3) }, () => pick(pool)).join(', ')}]`);
    else lines[i] = line.replace(/(:\s*|-\s+)[^:\s][^\s]*\s*$/, `$1${pick(pool)}`);
  } else if (roll < 0.55) lines.splice(at, 0, next() < 0.5 ? '' : '# a comment that moves every line below');
  else if (roll < 0.62) lines.splice(at, 1);
  else if (roll < 0.7) {
    // Guardrails on a KPI (maybe closing a loop across files).
    const ids = lines.flatMap((line, i) => (/^ {2}- id: /.test(line) ? [i] : []));
    if (ids.length > 0) lines.splice(pick(ids) + 1, 0, `    guardrails: [${pick(pool)}, ${pick(pool)}]`);
  } else if (roll < 0.76) lines.splice(at, 0, `${' '.repeat(Math.floor(next() * 3) * 2)}# cxgov-disable-next-line ${next() < 0.5 ? pick(['unknown-reference', 'duplicate-id', 'owner-unused', 'guardrail-cycle', 'kpi-no-owner, owner-unsed']) : ''}`);
  else if (roll < 0.8) {
    // Syntax slips: what the file still says is kept, and references into what it lost are info.
    if (next() < 0.3) lines[at] = ` ${lines[at]}`;
    else lines.splice(at, 0, pick(['  - id: [broken', 'kpis: {', '    owner: : :', '\tid: tab', '    name: "unclosed', '    supports: [calm', '    name:Ann']));
  }
  else if (roll < 0.85) return pick(others);
  else if (roll < 0.9) lines.splice(at, 0, `  - id: ${pick(pool)}\n    name: New\n    owner: ${pick(pool)}\n    supports: [${pick(pool)}]\n    category: ${pick(['outcome', 'efficiency'])}\n    status: ${pick(['draft', 'active', 'retired'])}`);
  else {
    // Swap two lines: moves entries between lists, or breaks the indentation.
    const other = Math.floor(next() * lines.length);
    [lines[at], lines[other]] = [lines[other]!, lines[at]!];
  }
  return lines.join('\n');
}

/** Every YAML file under a folder, relative paths. */
function yamlFiles(root: string, under = ''): string[] {
  return readdirSync(join(root, under)).flatMap((name) => {
    const path = under ? `${under}/${name}` : name;
    return statSync(join(root, path)).isDirectory() ? yamlFiles(root, path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

/** What a full check finds: every rule over every source, as `cxgov lint` runs them. */
async function fullCheck(configFile: string, analyses: ReadonlyMap<string, FileAnalysis>): Promise<Problem[]> {
  const resolved = await resolveSettings(configFile);
  assert.ok(resolved.settings, 'the test projects have valid settings');
  const ordered = [...analyses.keys()].sort().map((path) => analyses.get(path)!);
  return runRules(buildProjectIndex(ordered), resolved.settings, TODAY).sort(compareProblems);
}

const json = (problems: readonly Problem[]) => JSON.stringify(problems);

async function editAndCompare(root: string, seed: number, steps: number): Promise<void> {
  const configFile = join(root, 'cxgov.yaml');
  const texts = new Map<string, string>();
  const { settings } = await resolveSettings(configFile);
  assert.ok(settings, 'the test projects have valid settings');
  const project = new LiveProject(settings, configFile);
  for (const path of await findSources(settings)) {
    texts.set(path, readFileSync(path, 'utf8'));
    // Half the sources go in as text, half as analyses: both ways in are used.
    project.update(path, texts.size % 2 === 0 ? texts.get(path)! : analyzeFile(parseSource(path, texts.get(path)!)));
  }
  const paths = project.sources().sort();
  assert.ok(paths.length >= 3, `${root} has sources`);
  const first = project.check(TODAY);
  const analyses = new Map(paths.map((path) => [path, first.analysis(path)!]));
  let shown = new Map([...first.problemsByFile].map(([path, problems]) => [path, json(problems)]));
  const next = random(seed);
  const originals = [...texts.values()];
  for (let step = 0; step < steps; step++) {
    // One to three files edited before each check, as edits coalesce while a check runs.
    const edits = 1 + Math.floor(next() * next() * 3);
    for (let e = 0; e < edits; e++) {
      const path = paths[Math.floor(next() * paths.length)]!;
      if (next() < 0.02 && analyses.has(path)) {
        // A source deleted: it comes back, as text, the next time it is edited.
        project.remove(path);
        analyses.delete(path);
        continue;
      }
      const pool = [...new Set([...analyses.values()].flatMap((analysis) => [...analysis.entities.map((entity) => entity.id), ...analysis.references.map((reference) => reference.id)]))];
      pool.push('ghost', 'brand-new', 'active', 'retired', 'outcome', 'efficiency');
      const text = next() < 0.05 ? originals[Math.floor(next() * originals.length)]! : mutate(texts.get(path)!, pool, next, originals);
      texts.set(path, text);
      const analysis = analyzeFile(parseSource(path, text));
      const added = !analyses.has(path);
      analyses.set(path, analysis);
      project.update(path, added ? text : analysis);
    }
    const state = project.check(TODAY);
    const expected = await fullCheck(configFile, analyses);
    assert.equal(json(state.problems), json(expected), `seed ${seed}, step ${step}: the incremental check differs from a full one`);
    const changed = state.changedFiles;
    const now = new Map([...state.problemsByFile].map(([path, problems]) => [path, json(problems)]));
    for (const [path, problems] of now) {
      if (changed && shown.get(path) !== problems) assert.ok(changed.has(path), `seed ${seed}, step ${step}: ${path} changed but was not reported as changed`);
      assert.equal(json(state.problemsIn(path)), problems);
    }
    shown = now;
  }
}

describe('engine: incremental checks equal full checks', function () {
  this.timeout(120_000);
  const cleanups: (() => void)[] = [];
  after(() => cleanups.forEach((cleanup) => cleanup()));

  function copyOf(sample: string): string {
    const root = mkdtempSync(join(tmpdir(), `cxgov-incremental-${sample}-`));
    cpSync(join(SAMPLES, sample), root, { recursive: true });
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    return root;
  }

  it('on samples/every-rule, over 400 random edits', async () => {
    const root = copyOf('every-rule');
    assert.ok(yamlFiles(root).length > 5);
    await editAndCompare(root, 1, 200);
    await editAndCompare(root, 2, 200);
  });

  it('on samples/wow-retail, over 300 random edits', async () => {
    await editAndCompare(copyOf('wow-retail'), 3, 300);
  });

  it('on a small project where every cross-file rule fires, over 1,200 random edits', async () => {
    const { root, cleanup } = tempProject(LINKED);
    cleanups.push(cleanup);
    for (const seed of [4, 5, 6, 7]) await editAndCompare(root, seed, 300);
  });
});
