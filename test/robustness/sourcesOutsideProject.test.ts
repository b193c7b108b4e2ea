// Sources outside the project: an include or exclude glob that leaves the project folder is a
// configuration problem naming the glob's line, and nothing outside is opened; a file named on
// the command line that is a link to a file outside is refused without echoing its content.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cxgov, OWNERS, problemLines, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

/** A file outside every project, with a secret that must never reach a message. */
const SECRET = 'owners:\n  - id: secret-owner\n    name: TOP-SECRET-TOKEN\n    type: role\n  bad indent: TOP-SECRET-TOKEN\n';

describe('robustness: sources outside the project', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  /** A project at `<folder>/project` beside `<folder>/outside/secret.yaml`. */
  function projectBesideSecret(config: string) {
    const folder = temp.folder();
    put(folder, 'outside/secret.yaml', SECRET);
    const root = join(folder, 'project');
    put(root, 'cxgov.yaml', config);
    put(root, 'governance/owners.yaml', OWNERS);
    return { folder, root };
  }

  const leaving: [string, (folder: string) => string, number][] = [
    ['a parent folder', () => '../outside/*.yaml', 5],
    ['an absolute path', (folder) => `${folder}/outside/*.yaml`, 5],
    ['the whole disk', () => '/**', 5],
    ['a parent reached after a globstar', () => '**/../../outside/*.yaml', 5],
    ['a parent inside braces', () => '{..,governance}/**/*.yaml', 5],
    ['a parent in an exclude', () => '../outside/**', 7],
  ];
  for (const [what, glob, line] of leaving) {
    it(`a glob naming ${what} is a configuration problem at its line; nothing outside is read`, async () => {
      const folder = temp.folder();
      put(folder, 'outside/secret.yaml', SECRET);
      const root = join(folder, 'project');
      const pattern = glob(folder);
      const include = line === 7 ? 'governance/*.yaml' : pattern;
      put(root, 'cxgov.yaml', `name: p\n# the sources\nsources:\n  include:\n    - "${include}"\n  exclude:\n    - "${line === 7 ? pattern : 'nothing/**'}"\n`);
      put(root, 'governance/owners.yaml', OWNERS);
      const run = cxgov(['lint', '--format', 'json'], root);
      assert.equal(run.status, 2, run.output);
      assert.match(run.stderr, new RegExp(`cxgov\\.yaml:${line}:7`));
      assert.ok(run.stderr.includes(pattern), run.stderr);
      assert.match(run.stderr, /leaves the project/);
      assert.doesNotMatch(run.output, /TOP-SECRET|secret-owner|secret\.yaml/);

      const server = await serverDiagnostics(root, join(root, 'cxgov.yaml'));
      assert.deepEqual(server.diagnostics.map((d) => [d.range.start.line + 1, d.range.start.character + 1, d.code]), [[line, 7, 'config']]);
      assert.match(server.diagnostics[0]!.message, /leaves the project/);
      assert.ok(![...server.all.keys()].some((uri) => uri.includes('/outside/')), 'the server read a file outside the project');
    });
  }

  it('a source folder that is a committed link to a folder outside is reported on the link; nothing in it is read', async () => {
    const folder = temp.folder();
    put(folder, 'outside/secret.yaml', SECRET);
    const root = join(folder, 'project');
    // One include: the globber starts listing at governance/, the link itself.
    put(root, 'cxgov.yaml', 'name: p\nsources:\n  include: ["governance/**/*.yaml"]\n');
    symlinkSync('../outside', join(root, 'governance'));
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output);
    assert.doesNotMatch(run.output, /TOP-SECRET|secret-owner|secret\.yaml/);
    assert.ok(problemLines(run.stdout).some((line) => /^governance:1:1 yaml-syntax .*link to a folder outside the project/.test(line)), run.stdout);
    const server = await serverDiagnostics(root, join(root, 'governance'));
    assert.match(server.diagnostics[0]!.message, /link to a folder outside the project/);
    assert.ok(![...server.all.keys()].some((uri) => uri.includes('secret')), 'the server read a file outside the project');
  });

  it('a glob inside the project is read as before', () => {
    const { root } = projectBesideSecret('name: p\nsources:\n  include:\n    - "governance/*.yaml"\n');
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 0, run.output);
  });

  it('a file named on the command line that links outside the project is refused, its content never shown', () => {
    const { root } = projectBesideSecret('name: p\n');
    symlinkSync('../../outside/secret.yaml', join(root, 'governance/link.yaml'));
    const run = cxgov(['lint', '--format', 'json', 'governance/link.yaml', 'governance/owners.yaml'], root);
    assert.equal(run.status, 1, run.output);
    assert.doesNotMatch(run.output, /TOP-SECRET|secret-owner/);
    const lines = problemLines(run.stdout);
    assert.ok(lines.some((l) => /^governance\/link\.yaml:1:1 yaml-syntax .*link to a file outside the project/.test(l)), lines.join('\n'));
  });

  it('without cxgov.yaml, a link to a file outside its own folder is refused too', () => {
    const folder = temp.folder();
    put(folder, 'outside/secret.yaml', SECRET);
    put(folder, 'loose/owners.yaml', OWNERS);
    symlinkSync('../outside/secret.yaml', join(folder, 'loose/link.yaml'));
    const run = cxgov(['lint', '--format', 'json', 'link.yaml'], join(folder, 'loose'));
    assert.equal(run.status, 1, run.output);
    assert.doesNotMatch(run.output, /TOP-SECRET|secret-owner/);
    assert.match(problemLines(run.stdout).join('\n'), /^link\.yaml:1:1 yaml-syntax .*link to a file outside/m);
  });

  it('a link that stays inside the project is read as the file it names', () => {
    const { root } = projectBesideSecret('name: p\n');
    put(root, 'shared/broken.yaml', 'values:\n  - id: v\n    nme: typo\n');
    symlinkSync('../shared/broken.yaml', join(root, 'governance/inside.yaml'));
    const run = cxgov(['lint', '--format', 'json', 'governance/inside.yaml'], root);
    assert.equal(run.status, 1, run.output);
    assert.ok(problemLines(run.stdout).some((l) => l.startsWith('governance/inside.yaml:3:5 schema')), run.stdout);
  });
});
