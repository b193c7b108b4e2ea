// Top-level sections whose name starts with `x-` are the team's own, as the README promises for
// every field: never a problem, never read as entities, in the CLI and the server alike.
import assert from 'node:assert/strict';
import { cxgov, diagnosticPlaces, problemPlaces, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

const SOURCE = [
  'x-notes:',
  '  agreed: at the CX offsite',
  '  - not: a list here, but x- content is never checked',
  'x-links: [https://example.com/a, 42]',
  'x-owners:',
  '  - id: Not A Kebab Id',
  'owners:',
  '  - id: head',
  '    name: Head',
  '    type: role',
  '    x-team-code: 42',
  'values:',
  '  - id: v',
  '    name: V',
  '    descripton: typo',
  '',
].join('\n');

describe('robustness: top-level x- sections', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  it('x- sections and fields raise no problem; the rest of the file is still checked', async () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml', 'name: p\nrules:\n  owner-unused: off\n  owner-without-customers: off\n  value-without-behaviours: off\n');
    const source = put(root, 'governance/extended.yaml', SOURCE.replace('  - not: a list here, but x- content is never checked\n', ''));
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output);
    assert.deepEqual(problemPlaces(run.stdout), ['governance/extended.yaml:14:5 schema']);
    const server = await serverDiagnostics(root, source);
    assert.deepEqual(diagnosticPlaces(server.diagnostics), ['14:5 schema']);
  });

  it('a section that only looks like one (X-notes, x_notes) is still unknown', () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml', 'name: p\n');
    put(root, 'governance/other.yaml', 'X-notes: 1\nx_notes: 2\n');
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output);
    assert.deepEqual(problemPlaces(run.stdout), ['governance/other.yaml:1:1 schema', 'governance/other.yaml:2:1 schema']);
  });
});
