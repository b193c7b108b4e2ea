// handbook.out in cxgov.yaml is a folder inside the project: a path that leaves it (absolute, with
// "..", or through a committed symbolic link) is a configuration problem at its line (exit 2).
// `cxgov handbook --out DIR`, typed by the user, is not bound by this.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cxgov, OWNERS, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

describe('robustness: handbook.out outside the project', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  function project(out: (folder: string) => string) {
    const folder = temp.folder();
    const root = join(folder, 'project');
    mkdirSync(join(folder, 'elsewhere'));
    put(root, 'cxgov.yaml', `name: p\nhandbook:\n  title: T\n  out: ${JSON.stringify(out(folder))}\n`);
    put(root, 'governance/owners.yaml', OWNERS);
    return { folder, root };
  }

  const cases: [string, (folder: string) => string, ((root: string, folder: string) => void)?][] = [
    ['a parent folder', () => '../elsewhere'],
    ['a path that goes up after going down', () => 'docs/../../elsewhere'],
    ['an absolute path', (folder) => join(folder, 'elsewhere')],
    ['a committed symbolic link to a folder outside', () => 'docs/linked', (root, folder) => (mkdirSync(join(root, 'docs')), symlinkSync(join(folder, 'elsewhere'), join(root, 'docs/linked')))],
    ['a folder below a committed link', () => 'linked/handbook', (root) => symlinkSync('..', join(root, 'linked'))],
  ];
  for (const [what, out, arrange] of cases) {
    it(`${what}: exit 2 naming handbook.out's line, for lint and handbook; nothing written outside`, async () => {
      const { folder, root } = project(out);
      arrange?.(root, folder);
      for (const command of [['lint'], ['handbook']]) {
        const run = cxgov(command, root);
        assert.equal(run.status, 2, `${command}: ${run.output}`);
        assert.match(run.stderr, /cxgov\.yaml:4:8\b.*handbook\.out .* leaves the project folder/);
      }
      assert.ok(!existsSync(join(folder, 'elsewhere/index.md')) && !existsSync(join(folder, 'handbook')), 'a page was written outside the project');
      const server = await serverDiagnostics(root, join(root, 'cxgov.yaml'));
      assert.deepEqual(server.diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.code]), [[4, 8, 'config']]);
    });
  }

  it('a folder inside the project is fine, and --out typed on the command line may name a folder outside', () => {
    const { folder, root } = project(() => 'docs/handbook');
    assert.equal(cxgov(['handbook'], root).status, 0);
    assert.ok(existsSync(join(root, 'docs/handbook/index.md')));
    const run = cxgov(['handbook', '--out', join(folder, 'elsewhere')], root);
    assert.equal(run.status, 0, run.output);
    assert.ok(existsSync(join(folder, 'elsewhere/index.md')));
  });
});
