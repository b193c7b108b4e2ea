// LiveProject.checkAside: a text that is no source (an editor's untitled buffer) gets what
// `cxgov lint` reports in it were it one more source of the project, while the project's sources
// are edited, added and removed around it (the index kept for it follows them), and the
// project's own problems never change for it.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LiveProject, type Problem } from 'cxgov';
import { analyzeFile, buildProjectIndex, compareProblems, findSources, parseSource, resolveSettings, runRules } from 'cxgov/editor';

const SAMPLES = fileURLToPath(new URL('../../../samples/', import.meta.url));
const TODAY = '2026-11-23';
const seen = (problems: readonly Problem[]) => problems.map((problem) => `${problem.rule} ${problem.range.start.line + 1}`);

describe('engine: a text checked aside of a live project', () => {
  it('equals lint on the project with the text as a source, step after step of edits', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cxgov-aside-'));
    try {
      cpSync(join(SAMPLES, 'wow-retail'), root, { recursive: true });
      const configFile = join(root, 'cxgov.yaml');
      const { settings } = await resolveSettings(configFile);
      assert.ok(settings);
      const project = new LiveProject(settings, configFile);
      const texts = new Map<string, string>();
      for (const path of (await findSources(settings)).sort()) texts.set(path, readFileSync(path, 'utf8'));
      for (const [path, text] of texts) project.update(path, text);
      project.check(TODAY);
      const before = JSON.stringify(project.check(TODAY).problems);
      const aside = join(root, 'untitled:Untitled-1');
      const [ownerFile, ownerText] = [...texts].find(([, text]) => /^owners:/m.test(text))!;
      const buffer = (owner: string) => `kpis:\n  - id: aside-kpi\n    name: Aside\n    owner: ${owner}\n    supports: [nowhere]\n    category: efficiency\n    unit: seconds\n    direction: decrease\n    status: active\n`;
      const lint = (text: string) =>
        runRules(buildProjectIndex([...[...texts].map(([path, source]) => analyzeFile(parseSource(path, source))), analyzeFile(parseSource(aside, text))].sort((a, b) => (a.file.path < b.file.path ? -1 : 1))), settings, TODAY)
          .filter((problem) => problem.file === aside)
          .sort(compareProblems);
      const steps: [string, () => void][] = [
        ['as it is', () => undefined],
        ['an owner added to a source', () => texts.set(ownerFile, `${ownerText}  - id: aside-owner\n    name: Aside owner\n    type: person\n`)],
        ['that owner renamed', () => texts.set(ownerFile, `${ownerText}  - id: aside-lead\n    name: Aside owner\n    type: person\n`)],
        ['a new source that defines the owner again', () => texts.set(join(root, 'governance', 'more-owners.yaml'), 'owners:\n  - id: aside-lead\n    name: Another\n    type: person\n')],
      ];
      for (const owner of ['aside-owner', 'aside-lead']) {
        for (const [name, step] of steps) {
          step();
          for (const [path, text] of texts) if (!project.has(path) || project.analysis(path)!.file.text !== text) project.update(path, text);
          const text = buffer(owner);
          const expected = seen(lint(text));
          // The second time round, also before the project's check of the edits (the index kept for the text is not used then).
          if (owner === 'aside-lead') assert.deepEqual(seen(project.checkAside(analyzeFile(parseSource(aside, text)), TODAY)), expected, `${owner}: ${name}, not checked yet`);
          project.check(TODAY);
          assert.deepEqual(seen(project.checkAside(analyzeFile(parseSource(aside, text)), TODAY)), expected, `${owner}: ${name}`);
        }
      }
      assert.ok(seen(lint(buffer('nobody'))).includes('unknown-reference 4'));
      assert.notEqual(JSON.stringify(project.check(TODAY).problems), before, 'the steps changed the project');
      assert.ok(!project.has(aside));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
