import { strict as assert } from 'node:assert';
import { GitRepository } from './gitRepository.js';
import { changeLine, diffJson } from './runDiff.js';

const owner = (id: string, name: string) => `  - id: ${id}\n    name: ${name}\n    type: person\n    customers: [Everyone]\n`;

describe('cxgov diff BASE: a revision against the working tree', () => {
  let repository: GitRepository;
  before(() => {
    repository = new GitRepository();
    repository.commit('base', {
      '.gitignore': 'governance/scratch.yaml\n',
      'cxgov.yaml': 'name: x\n',
      'governance/owners.yaml': `owners:\n${owner('lead', 'Lead')}`,
      'governance/more-owners.yaml': `owners:\n${owner('second', 'Second')}`,
    });
    repository.edit({
      // Edited, not staged.
      'governance/owners.yaml': `owners:\n${owner('lead', 'The lead')}`,
      // Deleted, not staged.
      'governance/more-owners.yaml': null,
      // New and untracked: a source all the same.
      'governance/new-owners.yaml': `owners:\n${owner('third', 'Third')}`,
      // Ignored by git: not part of the change.
      'governance/scratch.yaml': `owners:\n${owner('scratch', 'Scratch')}`,
    });
  });
  after(() => repository.cleanup());

  it('reads what is on disk, untracked sources included and ignored files left out', () => {
    const { report } = diffJson(repository, ['HEAD']);
    assert.deepEqual(report.head, { revision: 'working tree' });
    assert.deepEqual(report.changes.map(changeLine), ['notable removed owner second', 'notable added owner third', 'wording changed owner lead']);
    assert.deepEqual(report.changes.find((change) => change.id === 'lead')!.fields, [{ field: 'name', change: 'changed', before: 'Lead', after: 'The lead' }]);
  });

  it('reads HEAD itself unchanged when nothing is edited', () => {
    const { report } = diffJson(repository, ['HEAD', 'HEAD']);
    assert.deepEqual(report.changes, []);
  });
});
