// cxgov.yaml holds one YAML document: settings after a second `---` would be silently ignored, so
// a second document is a configuration problem at its line (exit 2), in the CLI and the server.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cxgov, OWNERS, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

describe('robustness: a cxgov.yaml with several documents', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  const cases: [string, string, number][] = [
    ['an empty first document', '---\n---\nrules: {x: bogus}\n', 2],
    ['settings in both', 'name: p\n---\nrules:\n  schema: off\n', 2],
    ['a third document', 'name: p\n# comment\n---\nname: q\n---\nname: r\n', 3],
    ['an empty document at the end', 'name: p\n---\n', 2],
  ];
  for (const [what, text, line] of cases) {
    it(`${what}: exit 2 naming the second document's line`, async () => {
      const root = temp.folder();
      put(root, 'cxgov.yaml', text);
      put(root, 'governance/owners.yaml', OWNERS);
      const run = cxgov(['lint'], root);
      assert.equal(run.status, 2, run.output);
      assert.match(run.stderr, new RegExp(`cxgov\\.yaml:${line}:1\\b.*one YAML document`));
      const server = await serverDiagnostics(root, join(root, 'cxgov.yaml'));
      assert.deepEqual(server.diagnostics.map((d) => [d.range.start.line + 1, d.code]), [[line, 'config']]);
    });
  }

  it('one document with a leading --- and a closing ... is fine', () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml', '---\nname: p\n...\n');
    put(root, 'governance/owners.yaml', OWNERS);
    const run = cxgov(['lint'], root);
    assert.equal(run.status, 0, run.output);
  });
});
