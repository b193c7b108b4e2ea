// LiveProject.edit (an editor's buffer): while a source has a syntax error, the other files are
// checked against what it said last time it parsed (its last good analysis), so one slip does not
// flip the rest of the project; the broken file itself gets what `cxgov lint` finds in it as it is.
// `update` (the text on disk) keeps no last good: it is what lint sees.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LiveProject, type Problem } from 'cxgov';
import { analyzeFile, buildProjectIndex, compareProblems, findSources, parseSource, resolveSettings, runRules, type FileAnalysis } from 'cxgov/editor';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const TODAY = '2026-11-23';

const json = (problems: readonly Problem[]) => JSON.stringify(problems);
const broken = (analysis: FileAnalysis) => analysis.syntax.length > 0;

/** A copy of a sample, its settings and sources, and a LiveProject that has checked them once. */
async function sampleProject(sample: string) {
  const root = mkdtempSync(join(tmpdir(), `cxgov-last-good-${sample}-`));
  cpSync(join(SAMPLES, sample), root, { recursive: true });
  const configFile = join(root, 'cxgov.yaml');
  const { settings } = await resolveSettings(configFile);
  assert.ok(settings);
  const project = new LiveProject(settings, configFile);
  const texts = new Map<string, string>();
  for (const path of (await findSources(settings)).sort()) {
    texts.set(path, readFileSync(path, 'utf8'));
    project.update(path, texts.get(path)!);
  }
  project.check(TODAY);
  const lint = (analyses: Iterable<FileAnalysis>) => runRules(buildProjectIndex([...analyses].sort((a, b) => (a.file.path < b.file.path ? -1 : 1))), settings, TODAY).sort(compareProblems);
  return { root, project, texts, lint, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * What the editor must show: each file not broken (or broken with no last good) as lint finds it
 * with every broken file replaced by its last good; each broken file with a last good as lint
 * finds it in the project as it is.
 */
function expectedProblems(lint: (analyses: Iterable<FileAnalysis>) => Problem[], current: ReadonlyMap<string, FileAnalysis>, lastGood: ReadonlyMap<string, FileAnalysis>): Problem[] {
  const standIns = new Set([...current].filter(([path, analysis]) => broken(analysis) && lastGood.has(path)).map(([path]) => path));
  const stable = lint([...current].map(([path, analysis]) => (standIns.has(path) ? lastGood.get(path)! : analysis))).filter((problem) => !standIns.has(problem.file));
  const asIs = lint(current.values()).filter((problem) => standIns.has(problem.file));
  return [...stable, ...asIs].sort(compareProblems);
}

describe('engine: a source being edited keeps its last good entities while it has a syntax error', function () {
  this.timeout(60_000);

  it('an unclosed quote in owners.yaml leaves the other files as they were, and the file shows its syntax error', async () => {
    const { root, project, texts, cleanup } = await sampleProject('wow-retail');
    try {
      const owners = join(root, 'governance/owners.yaml');
      const before = project.check(TODAY);
      const others = (state: typeof before) => json(state.problems.filter((problem) => problem.file !== owners));
      const othersBefore = others(before);
      project.edit(owners, texts.get(owners)!.replace('name: Maya Okafor', 'name: "Maya Okafor'));
      const during = project.check(TODAY);
      assert.equal(others(during), othersBefore);
      assert.ok(during.problemsIn(owners).some((problem) => problem.rule === 'yaml-syntax'));
      assert.ok(during.changedFiles?.has(owners));
      // The same slip read from disk is what lint sees: the owners vanish for everyone.
      project.update(owners, texts.get(owners)!.replace('name: Maya Okafor', 'name: "Maya Okafor'));
      assert.notEqual(others(project.check(TODAY)), othersBefore);
    } finally {
      cleanup();
    }
  });

  it('a file broken since it was opened has no last good: the project is checked as lint checks it', async () => {
    const { root, project, texts, lint, cleanup } = await sampleProject('wow-retail');
    try {
      const owners = join(root, 'governance/owners.yaml');
      const slip = texts.get(owners)!.replace('name: Maya Okafor', 'name: "Maya Okafor');
      project.update(owners, slip);
      project.check(TODAY);
      project.edit(owners, `${slip}\n`);
      const current = new Map([...texts].map(([path, text]) => [path, analyzeFile(parseSource(path, path === owners ? `${slip}\n` : text))]));
      assert.equal(json(project.check(TODAY).problems), json(lint(current.values())));
    } finally {
      cleanup();
    }
  });

  it('over 300 seeded edits with slips and fixes, every check equals the last-good model, and names every file that changed', async () => {
    const { project, texts, lint, cleanup } = await sampleProject('every-rule');
    try {
      let state = 1;
      const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
      const paths = [...texts.keys()];
      const originals = new Map(texts);
      const current = new Map(paths.map((path) => [path, analyzeFile(parseSource(path, texts.get(path)!))]));
      const lastGood = new Map([...current].filter(([, analysis]) => !broken(analysis)));
      let standingIn = 0;
      let shown = new Map([...project.check(TODAY).problemsByFile].map(([path, problems]) => [path, json(problems)]));
      for (let step = 0; step < 300; step++) {
        const path = paths[Math.floor(next() * paths.length)]!;
        const roll = next();
        const lines = texts.get(path)!.split('\n');
        const at = Math.floor(next() * lines.length);
        let fromDisk = false;
        if (roll < 0.3) lines.splice(at, 0, ['  - id: [half', '    name: "unclosed', 'kpis: {', '\tid: tab'][Math.floor(next() * 4)]!);
        else if (roll < 0.55) lines.splice(0, lines.length, ...originals.get(path)!.split('\n'));
        else if (roll < 0.65) {
          // The file changes on disk (closed in the editor): no last good is kept.
          fromDisk = true;
          lines.splice(at, 0, next() < 0.5 ? '  - id: [half' : '# saved');
        } else if (roll < 0.9) lines[at] = lines[at]!.replace(/(id|owner|supports|measuredBy): *(\S+)/, (_, key: string) => `${key}: ${['ghost', 'calm', 'first-contact-resolution'][Math.floor(next() * 3)]}`);
        else lines.splice(at, 1);
        const text = lines.join('\n');
        texts.set(path, text);
        const analysis = analyzeFile(parseSource(path, text));
        current.set(path, analysis);
        if (!broken(analysis)) lastGood.set(path, analysis);
        else if (fromDisk) lastGood.delete(path);
        if (fromDisk) project.update(path, text);
        else project.edit(path, text);
        const checked = project.check(TODAY);
        if ([...current].some(([file, analysis]) => broken(analysis) && lastGood.has(file))) standingIn++;
        assert.equal(json(checked.problems), json(expectedProblems(lint, current, lastGood)), `step ${step}`);
        const now = new Map([...checked.problemsByFile].map(([file, problems]) => [file, json(problems)]));
        for (const [file, problems] of now) {
          if (checked.changedFiles && shown.get(file) !== problems) assert.ok(checked.changedFiles.has(file), `step ${step}: ${file} changed but was not reported as changed`);
        }
        shown = now;
      }
      assert.ok(standingIn > 100, `only ${standingIn} steps had a last good standing in`);
    } finally {
      cleanup();
    }
  });
});
