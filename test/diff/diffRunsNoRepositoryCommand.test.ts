import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepository } from './gitRepository.js';
import { diffJson } from './runDiff.js';

/**
 * A repository's configuration may name commands git runs on its own: `core.fsmonitor` runs when
 * git lists the working tree. cxgov diff (and the editor's Compare with…, on a workspace just
 * opened) reads revisions only: it runs none of them.
 */
describe('cxgov diff runs no command a repository configures', () => {
  let repository: GitRepository;
  before(() => {
    repository = new GitRepository();
    repository.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': 'owners:\n  - id: lead\n    name: Lead\n    type: person\n' });
    repository.git('config', 'core.fsmonitor', `touch ${join(repository.root, 'ran')}; echo`);
    repository.edit({ 'governance/owners.yaml': 'owners:\n  - id: lead\n    name: The lead\n    type: person\n' });
  });
  after(() => repository.cleanup());

  it('compares the working tree without running core.fsmonitor', () => {
    const { report } = diffJson(repository, ['HEAD']);
    assert.equal(report.changes.length, 1);
    assert.ok(!existsSync(join(repository.root, 'ran')), 'git ran the repository\'s core.fsmonitor command');
  });
});
