// Files saved with carriage returns alone as line breaks (classic Mac OS, some exports) are YAML
// like any other (YAML 1.2 counts a lone CR as a line break): sources and cxgov.yaml are read, and
// problems land on the lines an editor shows, in the CLI and the server alike.
import assert from 'node:assert/strict';
import { cxgov, diagnosticPlaces, problemLines, problemPlaces, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

const CR_SOURCE = 'owners:\r  - id: head\r    name: Head\r    type: role\rvalues:\r  - id: v\r    name: V\r    descripton: typo\r';

describe('robustness: CR-only line endings', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  it('a source with CR-only line breaks is read; its one problem is on the line the editor shows', async () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml', 'name: p\rrules:\r  owner-unused: off\r  owner-without-customers: off\r  value-without-behaviours: off\r');
    const source = put(root, 'governance/cr.yaml', CR_SOURCE);
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output);
    const lines = problemLines(run.stdout);
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /^governance\/cr\.yaml:8:5 schema .*descripton/);
    const server = await serverDiagnostics(root, source);
    assert.deepEqual(diagnosticPlaces(server.diagnostics), ['8:5 schema']);
  });

  it('mixed line breaks (LF, CRLF and lone CR) in one file count lines as editors do', () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml', 'name: p\nrules:\n  owner-unused: off\n  owner-without-customers: off\n  value-without-behaviours: off\n');
    put(root, 'governance/mixed.yaml', 'owners:\n  - id: head\r\n    name: Head\r    type: role\nvalues:\r  - id: v\r\n    name: V\r    descripton: typo\n');
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output);
    assert.deepEqual(problemPlaces(run.stdout), ['governance/mixed.yaml:8:5 schema']);
  });
});
