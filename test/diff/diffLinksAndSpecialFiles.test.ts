import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepository } from './gitRepository.js';
import { changeLine, diffJson } from './runDiff.js';

const owners = (id: string) => `owners:\n  - id: ${id}\n    name: ${id}\n    type: person\n    customers: [Everyone]\n`;

describe('cxgov diff: links and special files in the repository are not read', () => {
  let repository: GitRepository;
  let outside: string;
  before(() => {
    repository = new GitRepository();
    outside = mkdtempSync(join(tmpdir(), 'cxgov-outside-'));
    writeFileSync(join(outside, 'secret.yaml'), owners('outsider'));
    repository.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': owners('lead') });
  });
  after(() => {
    repository.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it('a link to a file outside the repository, committed or in the working tree, is read at neither side', () => {
    const base = repository.git('rev-parse', 'HEAD');
    symlinkSync(join(outside, 'secret.yaml'), join(repository.root, 'governance/link.yaml'));
    try {
      const working = diffJson(repository, ['HEAD']).report;
      assert.deepEqual(working.changes.map(changeLine), []);
      repository.commit('a link');
      const committed = diffJson(repository, ['HEAD~1', 'HEAD']).report;
      assert.deepEqual(committed.changes.map(changeLine), []);
      assert.doesNotMatch(JSON.stringify([working, committed]), /outsider/);
    } finally {
      repository.git('reset', '-q', '--hard', base);
      rmSync(join(repository.root, 'governance/link.yaml'), { force: true });
    }
  });

  it('a FIFO among the sources of the working tree neither hangs the diff nor counts as a change', () => {
    execFileSync('mkfifo', [join(repository.root, 'governance/pipe.yaml')]);
    try {
      const { report } = diffJson(repository, ['HEAD']);
      assert.deepEqual(report.changes, []);
    } finally {
      rmSync(join(repository.root, 'governance/pipe.yaml'));
    }
  });

  it('a source over sources.maxFileSize is one problem, not parsed, at a commit as on disk', () => {
    const base = repository.git('rev-parse', 'HEAD');
    const big = `${owners('big')}${'# padding\n'.repeat(200)}`;
    repository.commit('a big file', { 'cxgov.yaml': 'name: x\nsources:\n  maxFileSize: 1KB\n', 'governance/big.yaml': big });
    try {
      const { report } = diffJson(repository, ['HEAD~1', 'HEAD']);
      assert.deepEqual(report.changes, []);
      assert.deepEqual(report.problems.introduced.map((problem) => problem.file), ['governance/big.yaml']);
      assert.match(report.problems.introduced[0]!.message, /^The file is .*, over the limit of 1KB for a source/);
      // The same file in the working tree: the same problem, nothing new.
      assert.deepEqual(diffJson(repository, ['HEAD']).report.problems.introduced, []);
    } finally {
      repository.git('reset', '-q', '--hard', base);
    }
  });
});
