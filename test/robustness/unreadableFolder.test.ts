// A folder among the sources that cxgov may not read (mode 000) is reported as a problem, never
// skipped in silence: its sources would otherwise go unchecked and the run look clean. Run as a
// user without rights to it (root reads everything), in the CLI and the server alike.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../helpers/runCli.js';
import { SERVER_BIN } from '../helpers/lspClient.js';
import { HANG_MS, OWNERS, problemLines, put, serverDiagnostics, tempFolders } from './projectOnDisk.js';

/** The unprivileged user the processes run as, when the tests run as root. */
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

describe('robustness: an unreadable folder among the sources', function () {
  this.timeout(60_000);
  const temp = tempFolders();
  let root: string;
  let locked: string;
  after(() => locked && chmodSync(locked, 0o755));
  after(temp.removeAll);

  before(function () {
    // Only an unprivileged process meets the folder's mode; without root, the test user is one.
    if (process.platform === 'win32') this.skip();
    // As root, the processes run as nobody: only where nobody can run node and read cxgov (a
    // checkout under a private home folder cannot be).
    if (asRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`], { uid: NOBODY, gid: NOBODY }).status !== 0) this.skip();
    root = temp.folder();
    put(root, 'cxgov.yaml', 'name: p\n');
    put(root, 'governance/owners.yaml', OWNERS);
    put(root, 'governance/locked/values.yaml', 'values:\n  - id: v\n    descripton: typo\n');
    locked = join(root, 'governance/locked');
    chmodSync(root, 0o755);
    chmodSync(locked, 0o000);
  });

  it('the CLI reports the folder at 1:1 with the reason, and fails', () => {
    const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: root, encoding: 'utf8', timeout: HANG_MS, env: { ...process.env, NO_COLOR: '1' }, ...(asRoot && { uid: NOBODY, gid: NOBODY }) });
    assert.equal(run.status, 1, `${run.stdout}${run.stderr}`);
    const lines = problemLines(run.stdout);
    assert.ok(lines.some((line) => /^governance\/locked:1:1 yaml-syntax .*folder cannot be read \(EACCES\)/.test(line)), lines.join('\n'));
  });

  it('the server reports the same problem on the folder', async () => {
    const server = asRoot ? unprivilegedServer(temp.folder()) : undefined;
    const seen = await serverDiagnostics(root, locked, undefined, server);
    assert.match(seen.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`).join('\n'), /^0:0 yaml-syntax .*folder cannot be read \(EACCES\)/);
  });
});

/** A script that drops root rights, then runs the language server. */
function unprivilegedServer(folder: string): string {
  const script = join(folder, 'server-as-nobody.mjs');
  writeFileSync(script, `process.setgid(${NOBODY});\nprocess.setuid(${NOBODY});\nawait import(${JSON.stringify(new URL(`file://${SERVER_BIN}`).href)});\n`);
  chmodSync(folder, 0o755);
  return script;
}
