import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { recordedModules, recordingModules } from '../helpers/recordModules.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

// Every module a command loads is start-up time (a --cache run of an unchanged project is mostly
// that): `cxgov lint` leaves the watch machinery (chokidar and the incremental engine) to --watch.
describe('cli: lint loads what it uses', () => {
  it('a lint without --watch loads neither chokidar nor the incremental engine', () => {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/owners.yaml': 'owners:\n  - id: lead\n    name: Lead\n    type: person\n' });
    const records = mkdtempSync(join(tmpdir(), 'cxgov-modules-'));
    try {
      const file = join(records, 'modules.txt');
      const run = runCli(['lint', '--cache'], root, recordingModules(file));
      assert.equal(run.stderr, '');
      const loaded = recordedModules(file);
      assert.ok(loaded.some((url) => url.includes('/project/cachedLint.js')), 'the recording saw the lint itself');
      assert.deepEqual(loaded.filter((url) => /\/node_modules\/chokidar\/|\/dist\/live\//.test(url)), []);
    } finally {
      cleanup();
      rmSync(records, { recursive: true, force: true });
    }
  });
});
