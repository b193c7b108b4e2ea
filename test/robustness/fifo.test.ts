// Named pipes (and other files that are not regular files) never make cxgov wait: as a source, as
// cxgov.yaml or as a file named on the command line, each is a clear problem naming the file.
import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cxgov, makeFifo, OWNERS, problemLines, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

const NOT_REGULAR = /is not a regular file \(a named pipe\); cxgov reads only regular files/;

describe('robustness: named pipes and other special files', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  after(temp.removeAll);

  function project(): string {
    const root = temp.folder();
    put(root, 'cxgov.yaml', 'name: p\n');
    put(root, 'governance/owners.yaml', OWNERS);
    return root;
  }

  for (const flags of [[], ['--cache']]) {
    it(`a named pipe given on the command line is a problem at 1:1, not a hang${flags.length ? ' (with --cache, read as the worker threads read)' : ''}`, () => {
      const root = project();
      makeFifo(join(root, 'governance/pipe.yaml'));
      const run = cxgov(['lint', '--format', 'json', ...flags, 'governance/pipe.yaml', 'governance/owners.yaml'], root);
      assert.equal(run.signal, null, 'cxgov hung on the pipe');
      assert.equal(run.status, 1, run.output);
      const lines = problemLines(run.stdout);
      assert.ok(lines.some((line) => line.startsWith('governance/pipe.yaml:1:1 yaml-syntax pipe.yaml') && NOT_REGULAR.test(line)), lines.join('\n'));
    });
  }

  it('a named pipe as cxgov.yaml is a configuration problem (exit 2), in the CLI and the server', async () => {
    const root = temp.folder();
    put(root, 'governance/owners.yaml', OWNERS);
    makeFifo(join(root, 'cxgov.yaml'));
    const run = cxgov(['lint'], root);
    assert.equal(run.signal, null, 'cxgov hung on cxgov.yaml');
    assert.equal(run.status, 2, run.output);
    assert.match(run.stderr, /cxgov\.yaml:1:1\b/);
    assert.match(run.stderr, NOT_REGULAR);
    const server = await serverDiagnostics(root, join(root, 'cxgov.yaml'));
    assert.match(server.diagnostics[0]!.message, NOT_REGULAR);
  });

  it('a folder named cxgov.yaml is a configuration problem too', () => {
    const root = temp.folder();
    put(root, 'cxgov.yaml/inside.txt', 'x');
    put(root, 'governance/owners.yaml', OWNERS);
    const run = cxgov(['lint', 'governance'], root);
    assert.equal(run.status, 2, run.output);
    assert.match(run.stderr, /cxgov\.yaml is not a regular file \(a folder\)/);
  });

  it('a pipe, and a link to a pipe, among the sources never stop the server from checking the rest', async () => {
    const root = project();
    makeFifo(join(root, 'governance/pipe.yaml'));
    symlinkSync('pipe.yaml', join(root, 'governance/to-pipe.yaml'));
    const broken = put(root, 'governance/values.yaml', 'values:\n  - id: v\n    name: V\n    descripton: typo\n    behaviours: [Spell every field right]\n');
    const run = cxgov(['lint', '--format', 'json'], root);
    assert.equal(run.status, 1, run.output);
    const server = await serverDiagnostics(root, broken);
    assert.deepEqual(server.diagnostics.map((d) => d.code), ['schema']);
  });
});
