// Refusals of the environment (a path through a file, a folder where a file goes, a folder the
// user may not write): a plain message naming the path and exit 2, never "internal error".
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, runCli, type CliRun } from '../helpers/runCli.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';
import { withTempProject } from '../helpers/withTempProject.js';

const FILES = {
  'cxgov.yaml': MINIMAL_CONFIG,
  'governance/owners.yaml': 'owners:\n  - id: cx-lead\n    name: CX lead\n    type: role\n    customers: [everyone]\n',
  'blocker': 'a file where a folder should be\n',
};

/** The unprivileged user "nobody" on Linux. */
const NOBODY = 65534;

function withProject(body: (root: string) => void): void {
  withTempProject(FILES, body);
}

function assertPlain(run: CliRun, message: RegExp): void {
  assert.equal(run.status, 2, `exit ${run.status}: ${run.stderr}`);
  assert.match(run.stderr, message);
  assert.doesNotMatch(run.stderr, /internal error|please report|\n\s+at /i);
}

describe('environment errors get a plain message naming the path', () => {
  it('lint -o into a path through a file: ENOTDIR', () => {
    withProject((root) => {
      assertPlain(runCli(['lint', '-o', 'blocker/report.txt'], root), /^cxgov: cannot write blocker\/report\.txt: a part of the path is not a folder \(ENOTDIR\)$/m);
    });
  });

  it('lint -o onto a folder: EISDIR', () => {
    withProject((root) => {
      mkdirSync(join(root, 'reports'));
      assertPlain(runCli(['lint', '-o', 'reports'], root), /^cxgov: cannot write reports: it is a folder \(EISDIR\)$/m);
    });
  });

  it('lint -o into a folder the user may not write: EACCES', () => {
    withProject((root) => {
      mkdirSync(join(root, 'locked'));
      chmodSync(join(root, 'locked'), 0o555);
      // Root writes anywhere: as root, the CLI runs as the unprivileged user "nobody".
      const asRoot = process.getuid?.() === 0;
      if (asRoot) chmodSync(root, 0o755);
      const run = spawnSync(process.execPath, [CLI, 'lint', '-o', 'locked/report.txt'], { cwd: root, encoding: 'utf8', timeout: 60_000, ...(asRoot && { uid: NOBODY, gid: NOBODY }) });
      chmodSync(join(root, 'locked'), 0o755);
      assertPlain({ status: run.status, stdout: run.stdout, stderr: run.stderr }, /^cxgov: cannot write locked\/report\.txt: permission denied \(EACCES\)$/m);
    });
  });

  it('init into a path through a file: ENOTDIR, from the central handler', () => {
    withProject((root) => {
      writeFileSync(join(root, 'blocker'), 'still a file\n');
      assertPlain(runCli(['init', 'blocker/project'], root), /^cxgov: cannot .+ blocker\/project.*: a part of the path is not a folder \(ENOTDIR\)$/m);
    });
  });

  it('a reader that stops early (cxgov lint | head -1): no stack trace, the exit code of the lint', async () => {
    const kpis = `kpis:\n${Array.from({ length: 3000 }, (_, i) => `  - id: kpi-${i}\n    name: KPI\n    owner: nobody\n    category: outcome\n`).join('')}`;
    const { root, cleanup } = tempProject({ ...FILES, 'governance/kpis.yaml': kpis });
    try {
      const child = spawn(process.execPath, [CLI, 'lint', '--no-color'], { cwd: root });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // Like `head -1`: read the first chunk, then close the pipe while cxgov still writes.
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      assert.equal(stderr, '');
      assert.equal(status, 1);
    } finally {
      cleanup();
    }
  });

  it('a standard output on a full disk (/dev/full): exit 2 and a plain message, not the lint result', function () {
    if (!existsSync('/dev/full')) this.skip();
    withProject((root) => {
      const full = openSync('/dev/full', 'w');
      try {
        const run = spawnSync(process.execPath, [CLI, 'lint'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
        assertPlain({ status: run.status, stdout: '', stderr: run.stderr }, /^cxgov: cannot write the standard output: no space left on the device \(ENOSPC\)$/m);
      } finally {
        closeSync(full);
      }
    });
  });
});
