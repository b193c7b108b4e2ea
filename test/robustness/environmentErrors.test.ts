// Refusals of the environment (a path through a file, a folder where a file goes, a folder the
// user may not write): a plain message naming the path and exit 2, never "internal error".
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from '../helpers/runCli.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

const FILES = {
  'cxgov.yaml': MINIMAL_CONFIG,
  'governance/owners.yaml': 'owners:\n  - id: cx-lead\n    name: CX lead\n    type: role\n',
  'blocker': 'a file where a folder should be\n',
};

function withProject(body: (root: string) => void): void {
  const { root, cleanup } = tempProject(FILES);
  try {
    body(root);
  } finally {
    cleanup();
  }
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

  it('lint -o into a folder the user may not write: EACCES', function () {
    if (process.getuid?.() === 0) this.skip(); // root writes anywhere
    withProject((root) => {
      mkdirSync(join(root, 'locked'));
      chmodSync(join(root, 'locked'), 0o555);
      try {
        assertPlain(runCli(['lint', '-o', 'locked/report.txt'], root), /^cxgov: cannot write locked\/report\.txt: permission denied \(EACCES\)$/m);
      } finally {
        chmodSync(join(root, 'locked'), 0o755);
      }
    });
  });

  it('init into a path through a file: ENOTDIR, from the central handler', () => {
    withProject((root) => {
      writeFileSync(join(root, 'blocker'), 'still a file\n');
      assertPlain(runCli(['init', 'blocker/project'], root), /^cxgov: cannot .+ blocker\/project.*: a part of the path is not a folder \(ENOTDIR\)$/m);
    });
  });
});
