// The handbook folder never hides sources: `handbook.out` is a folder path, never a glob, and only
// the pages a handbook run writes there (Markdown and its manifest) are left out of the sources.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cxgov, OWNERS, problemLines, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

const BROKEN = 'values:\n  - id: v\n    name: V\n    descripton: a misspelt field\n    behaviours: [Spell every field right]\n';

describe('robustness: the handbook folder hides no source', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  for (const out of ['governance', '.', '"*"', '"**"', 'govern*', '"{governance,x}"', './governance/']) {
    it(`handbook.out: ${out} leaves a broken source reported, by the CLI and the server`, async () => {
      const root = temp.folder();
      put(root, 'cxgov.yaml', `name: p\nhandbook:\n  out: ${out}\n`);
      put(root, 'governance/owners.yaml', OWNERS);
      const broken = put(root, 'governance/values.yaml', BROKEN);
      const run = cxgov(['lint', '--format', 'json'], root);
      assert.equal(run.status, 1, run.output);
      assert.ok(problemLines(run.stdout).some((line) => line.startsWith('governance/values.yaml:4:5 schema')), run.stdout);
      const server = await serverDiagnostics(root, broken);
      assert.deepEqual(server.diagnostics.map((d) => [d.range.start.line, d.code]), [[3, 'schema']]);
    });
  }

  it('the pages of a handbook inside the sources are not read as sources; YAML beside them is', () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml', 'name: p\nsources:\n  include: ["governance/**"]\nhandbook:\n  out: governance/handbook\n');
    put(root, 'governance/owners.yaml', OWNERS);
    put(root, 'governance/handbook/index.md', '# Handbook\n\n: not YAML at all: [\n');
    put(root, 'governance/handbook/.cxgov-handbook.json', '{"pages":["index.md"]}\n');
    put(root, 'governance/handbook/kept.yaml', BROKEN);
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output);
    const lines = problemLines(run.stdout);
    assert.ok(lines.some((line) => line.startsWith('governance/handbook/kept.yaml:4:5 schema')), lines.join('\n'));
    assert.ok(!lines.some((line) => /index\.md|cxgov-handbook/.test(line)), lines.join('\n'));
  });
});
