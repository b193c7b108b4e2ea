// One big file: a team that keeps every entity in one source. The live engine parses only the list
// item an edit touches and splices it into the file's YAML document. After every one of many seeded
// random edits (one-line edits, whole items inserted and deleted, indentation and YAML slips,
// anchors, comments, section keys), the spliced analysis must equal a parse of the whole text, node
// by node, and the problems must equal a full check of the same text and of a second file that the
// edits reach through ids.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import { LiveProject, type Problem } from 'cxgov';
import { analyzeFile, buildProjectIndex, compareProblems, parseSource, resolveSettings, runRules, type FileAnalysis } from 'cxgov/editor';
import { tempProject } from '../helpers/tempProject.js';

const TODAY = '2026-11-23';

/** A seeded linear congruential generator: the same edits on every machine and every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
}

const OWNERS = ['lead', 'team', 'helper', 'idle', 'spare'];
const PILLARS = ['calm', 'quick', 'fair'];

function kpi(i: number, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const id = next() < 0.05 ? `kpi-${i - 1}` : `kpi-${i}`;
  const owner = next() < 0.05 ? 'ghost' : pick(OWNERS);
  const category = pick(['outcome', 'driver', 'efficiency']);
  const guardrails = category === 'efficiency' && next() < 0.7 ? `    guardrails: [kpi-${Math.floor(next() * 30)}]\n` : '';
  const supports = i % 2 === 0 ? `    supports: [${pick(PILLARS)}]\n` : `    supports:\n      - ${pick(PILLARS)}\n`;
  return `  - id: ${id}\n    name: KPI ${i}\n    description: How often customers in area ${i} get what they need.\n    owner: ${owner}\n${supports}    category: ${category}\n${guardrails}    status: ${pick(['draft', 'active', 'validated', 'retired'])}\n    review:\n      every: yearly\n      last: 2026-0${1 + (i % 9)}-15\n`;
}

/** Every section in one file: the mission, owners, standards, 30 KPIs and rituals, with a few problems of each kind. */
function bigFile(seed: number): string {
  const next = random(seed);
  const owners = OWNERS.map((id, i) => `  - id: ${id}\n    name: Owner ${i}\n    type: ${i === 1 ? 'team' : 'person'}\n`).join('');
  const kpis = Array.from({ length: 30 }, (_, i) => kpi(i, next)).join('');
  return (
    `mission:\n  statement: Happy customers.\n  owner: lead\n  pillars:\n${PILLARS.map((id) => `    - id: ${id}\n      name: ${id}\n`).join('')}` +
    `owners:\n${owners}standards:\n  - id: answer\n    title: Answer fast\n    owner: spare\n    supports: [quick]\n    measuredBy: [kpi-3, kpi-4]\n  - id: listen\n    title: Listen\n    owner: team\n    supports: [calm]\n    measuredBy: [kpi-5]\n` +
    `kpis:\n${kpis}rituals:\n  - id: standup\n    name: Stand-up\n    cadence: daily\n    owner: lead\n    supports: [calm]\n`
  );
}

// Misspelt values get a fix (a did-you-mean) whose range must move with the lines like the problem's.
const WORDS = ['lead', 'ghost', 'outsider', 'kpi-40', 'kpi-7', 'kpi-12', 'calm', 'quick', 'active', 'retired', 'validatd', 'efficiency', 'outcom', 'outcome', 'x', '', '"quoted"', '[a, b]', '{a: 1}', '2026-13-01', '42', '|', '&a', '*a', '!tag x', '#'];
const SLIPS = ['  - id: [broken', 'kpis: {', '    owner: : :', '\tid: tab', '    name: "unclosed', '    supports: [calm', '    name:Ann', '---', '...', '%YAML 1.1', '? complex', '  -', '- id: left'];

/** One random edit of the big file: mostly one-line edits inside an item, as typing is. */
function mutate(text: string, next: () => number, original: string): string {
  const lines = text.split('\n');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const at = Math.floor(next() * lines.length);
  const items = lines.flatMap((line, i) => (/^ {2}- /.test(line) ? [i] : []));
  const roll = next();
  if (roll < 0.35) {
    // A value typed, cleared or replaced.
    const line = lines[at]!;
    const colon = line.indexOf(': ');
    lines[at] = colon >= 0 ? `${line.slice(0, colon + 2)}${next() < 0.5 ? pick(WORDS) : `${line.slice(colon + 2)} more`}` : `${line}${pick(['', ' x', ':', '- '])}`;
  } else if (roll < 0.5) {
    // One character typed or deleted anywhere.
    const offset = Math.floor(next() * text.length);
    return next() < 0.5 ? text.slice(0, offset) + pick([' ', 'a', ':', '-', '#', '"', '[', '\n', '&', '*']) + text.slice(offset) : text.slice(0, offset) + text.slice(offset + 1);
  } else if (roll < 0.58 && items.length > 0) lines.splice(pick(items), 0, ...kpi(100 + Math.floor(next() * 50), next).trimEnd().split('\n'));
  else if (roll < 0.65 && items.length > 1) {
    // A whole item deleted, up to the next item or section.
    const start = pick(items);
    let end = start + 1;
    while (end < lines.length && !/^( {2}- |\S)/.test(lines[end]!)) end++;
    lines.splice(start, end - start);
  } else if (roll < 0.72) lines[at] = next() < 0.5 ? ` ${lines[at]}` : lines[at]!.replace(/^ /, '');
  else if (roll < 0.78) lines.splice(at, next() < 0.5 ? 0 : 1, pick(SLIPS));
  else if (roll < 0.84) lines.splice(at, 0, `${' '.repeat(Math.floor(next() * 3) * 2)}# ${next() < 0.5 ? `cxgov-disable-next-line ${pick(['unknown-reference', 'schema', 'kpi-no-owner'])}` : 'a comment'}`);
  else if (roll < 0.88) lines[at] = lines[at]!.replace(/^(kpis|owners|standards|rituals|mission):/, pick(['kpi:', 'owners:', 'kpis:', 'extra:']));
  else if (roll < 0.91) return original;
  else if (roll < 0.96) {
    // Two lines swapped: moves fields between items, or breaks the indentation.
    const other = Math.floor(next() * lines.length);
    [lines[at], lines[other]] = [lines[other]!, lines[at]!];
  } else lines.splice(at, 0, '');
  return lines.join('\n');
}

/** The node tree of a YAML document as comparable data: kind, range and scalar value of every node. */
function tree(node: unknown): unknown {
  if (isPair(node)) return [tree(node.key), tree(node.value)];
  if (isMap(node) || isSeq(node)) return { kind: isMap(node) ? 'map' : 'seq', range: node.range, items: (node.items as unknown[]).map(tree) };
  if (isScalar(node)) return { range: node.range, value: node.value, type: node.type };
  return node === null || node === undefined ? null : { other: String(node) };
}

/** An analysis as comparable text per part: what the rules and the editor read of it. */
function comparable(analysis: FileAnalysis): Record<string, string> {
  const { file } = analysis;
  const parts: Record<string, unknown> = {
    text: file.text,
    lines: file.lineCounter.lineStarts,
    documents: file.documents.map((document) => ({ range: document.range, contents: tree(document.contents) })),
    syntax: file.syntax,
    data: analysis.data,
    schema: analysis.schema.map((finding) => ({ ...finding, at: { ...finding.at, file: undefined } })),
    entities: analysis.entities.map((entity) => [entity.kind, entity.id, entity.doc, entity.path, entity.file === file]),
    references: analysis.references.map((reference) => [reference.kind, reference.id, reference.field, reference.path, reference.from.file === file]),
    suppressions: [...analysis.suppressions].map(([line, rules]) => [line, [...rules]]),
    damage: analysis.damage,
  };
  return Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, JSON.stringify(part) ?? '']));
}

/** The first part where two analyses differ, with the text around the first difference; undefined when they are equal. */
function difference(actual: FileAnalysis, expected: FileAnalysis): string | undefined {
  const [a, b] = [comparable(actual), comparable(expected)];
  for (const name of Object.keys(b)) {
    if (a[name] === b[name]) continue;
    let at = 0;
    while (a[name]![at] === b[name]![at]) at++;
    return `${name} differs at ${at}:\n  spliced: ${a[name]!.slice(Math.max(0, at - 150), at + 150)}\n  whole:   ${b[name]!.slice(Math.max(0, at - 150), at + 150)}`;
  }
  return undefined;
}

const json = (problems: readonly Problem[]) => JSON.stringify(problems);

/**
 * A second file that the big one's edits reach through ids: a KPI of the same id, guardrails that
 * read the big file's KPIs, KPIs supporting its pillars, an owner it may start or stop using, and a
 * KPI whose id the big file refers to only when an edit types it.
 */
const OTHER = `owners:
  - id: outsider
    name: Outsider
    type: person
    customers: [callers]
kpis:
  - id: kpi-5
    name: Copy
    owner: lead
    supports: [calm]
    category: efficiency
    guardrails: [kpi-7, kpi-12]
    status: active
  - id: kpi-40
    name: Far
    owner: ghost
    supports: [quick]
    category: outcome
    status: validated
`;

/** The live project of a temporary one-file project at `root`, holding `text` as governance/all.yaml. */
async function openProject(root: string, text: string) {
  const configFile = join(root, 'cxgov.yaml');
  const path = join(root, 'governance/all.yaml');
  const { settings } = await resolveSettings(configFile);
  assert.ok(settings);
  const project = new LiveProject(settings, configFile);
  project.update(path, text);
  return { project, settings, path };
}

/** `windows`: the file as Windows editors save it, with a BOM and CRLF line breaks. */
async function editAndCompare(seed: number, steps: number, windows = false): Promise<{ spliced: number }> {
  const original = windows ? `\uFEFF${bigFile(seed).replace(/\n/g, '\r\n')}` : bigFile(seed);
  const { root, cleanup } = tempProject({ 'cxgov.yaml': 'name: one-file\n', 'governance/all.yaml': original, 'governance/other.yaml': OTHER });
  try {
    const { project, settings, path } = await openProject(root, original);
    const otherPath = join(root, 'governance/other.yaml');
    project.update(otherPath, OTHER);
    const other = analyzeFile(parseSource(otherPath, OTHER));
    const next = random(seed);
    let text = original;
    let good = original;
    let spliced = 0;
    for (let step = 0; step < steps; step++) {
      // A slip is mostly undone soon, as people do: most edits are made to a file that parses.
      // A Windows editor keeps CRLF line breaks on the lines typed in too.
      text = good !== text && next() < 0.5 ? good : windows ? mutate(text.replace(/\r\n/g, '\n'), next, original).replace(/\r?\n/g, '\r\n') : mutate(text, next, original);
      const before = project.analysis(path)!;
      const beforeDocument = before.file.documents[0];
      // Typing goes through `edit`; a save, a checkout through `update`: both take the text.
      const typed = next() < 0.8;
      if (typed) project.edit(path, text);
      else project.update(path, text);
      const after = project.analysis(path)!;
      if (beforeDocument && after.file.documents[0] === beforeDocument) spliced++;
      const fresh = analyzeFile(parseSource(path, text, settings.maxFileSize));
      const differs = difference(after, fresh);
      assert.ok(!differs, `seed ${seed}, step ${step}: the analysis differs from a parse of the whole text: ${differs}`);
      if (fresh.syntax.length === 0) good = text;
      const state = project.check(TODAY);
      // While a typed text has a syntax error, the project sees its last good entities (see LiveProject.edit): lint is compared once it parses.
      if (typed && fresh.syntax.length > 0) continue;
      const expected = runRules(buildProjectIndex([fresh, other]), settings, TODAY).sort(compareProblems);
      assert.equal(json(state.problems), json(expected), `seed ${seed}, step ${step}: the live problems differ from a full check`);
    }
    return { spliced };
  } finally {
    cleanup();
  }
}

describe('engine: edits to one big file equal a full parse and a full check', function () {
  this.timeout(120_000);

  it('over 900 seeded random edits, many of them parsed by the one item they touch', async () => {
    let spliced = 0;
    for (const seed of [11, 12, 13]) spliced += (await editAndCompare(seed, 300)).spliced;
    // The edits inside one item are parsed alone; otherwise this test would prove nothing about them.
    assert.ok(spliced > 200, `only ${spliced} of 900 edits were parsed by their item`);
  });

  it('over 300 seeded random edits to a file with a BOM and CRLF line breaks', async () => {
    const { spliced } = await editAndCompare(14, 300, true);
    assert.ok(spliced > 80, `only ${spliced} of 300 edits were parsed by their item`);
  });

  it('an edit of one entry that drops the disable comment at its end shows the next entry\'s problem again, and moves the problems after it', async () => {
    const entry = (id: string, owner = '    owner: lead\n') => `  - id: ${id}\n    name: ${id}\n${owner}    supports: [calm]\n    status: validatd\n`;
    const original = `mission:\n  statement: Happy.\n  owner: lead\n  pillars:\n    - id: calm\n      name: Calm\nowners:\n  - id: lead\n    name: Lead\n    type: person\n    customers: [callers]\nkpis:\n${entry('a')}    # cxgov-disable-next-line kpi-no-owner\n${entry('b', '')}${entry('c', '')}`;
    const edited = original.replace('    # cxgov-disable-next-line kpi-no-owner\n', '    description: Two\n    x-note: A line more.\n');
    const { root, cleanup } = tempProject({ 'cxgov.yaml': 'name: one-file\n', 'governance/all.yaml': original });
    try {
      const { project, settings, path } = await openProject(root, original);
      const silenced = project.check(TODAY).problems.filter((problem) => problem.rule === 'kpi-no-owner');
      assert.deepEqual(silenced.map((problem) => problem.entity), ['kpis/c']);
      const document = project.analysis(path)!.file.documents[0];
      project.edit(path, edited);
      assert.equal(project.analysis(path)!.file.documents[0], document, 'the edit was parsed by its entry');
      const problems = project.check(TODAY).problems;
      assert.deepEqual(problems.filter((problem) => problem.rule === 'kpi-no-owner').map((problem) => problem.entity), ['kpis/b', 'kpis/c']);
      const expected = runRules(buildProjectIndex([analyzeFile(parseSource(path, edited, settings.maxFileSize))]), settings, TODAY).sort(compareProblems);
      assert.equal(json(problems), json(expected));
    } finally {
      cleanup();
    }
  });
});
