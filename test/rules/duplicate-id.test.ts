import assert from 'node:assert/strict';
import { lines, ruleMessages, ruleTable } from './ruleCases.js';

const owner = (id: string) => [`  - id: ${id}`, '    name: Someone', '    type: role'];

describe('duplicate-id', () => {
  ruleTable('duplicate-id', [
    {
      name: 'the same id twice in one file, on the second id',
      files: { 'governance/owners.yaml': lines('owners:', ...owner('cx-lead'), ...owner('ana'), ...owner('cx-lead')) },
      expected: ['governance/owners.yaml:8:9'],
    },
    {
      name: 'the same id across two files, on the later one',
      files: {
        'governance/owners.yaml': lines('owners:', ...owner('loyalty-team')),
        'governance/teams/night-shift.yaml': lines('owners:', ...owner('ana'), ...owner('loyalty-team')),
      },
      expected: ['governance/teams/night-shift.yaml:5:9'],
    },
    {
      name: 'three times: the second and third',
      files: { 'governance/kpis.yaml': lines('kpis:', '  - id: nps', '  - id: nps', '  - id: nps') },
      expected: ['governance/kpis.yaml:3:9', 'governance/kpis.yaml:4:9'],
    },
    {
      name: 'ids such as constructor, __proto__ and toString work like any other id',
      files: {
        'governance/a.yaml': lines('kpis:', '  - id: constructor', '  - id: __proto__', '  - id: toString', '  - id: hasOwnProperty'),
        'governance/b.yaml': lines('kpis:', '  - id: constructor', '  - id: __proto__', 'owners:', ...owner('constructor')),
      },
      expected: ['governance/b.yaml:2:9', 'governance/b.yaml:3:9'],
    },
    {
      name: 'pillars are checked too',
      files: { 'governance/m.yaml': lines('mission:', '  statement: S', '  pillars:', '    - id: wow', '    - id: wow') },
      expected: ['governance/m.yaml:5:11'],
    },
    {
      name: 'a second mission, on its key',
      files: { 'governance/a.yaml': lines('mission:', '  statement: A'), 'governance/b.yaml': lines('# another promise', 'mission:', '  statement: B') },
      expected: ['governance/b.yaml:2:1'],
    },
    {
      name: 'stays silent on the same id in different sections',
      files: {
        'governance/a.yaml': lines('owners:', ...owner('returns'), 'standards:', '  - id: returns', 'kpis:', '  - id: returns'),
        'governance/b.yaml': lines('initiatives:', '  - id: returns', 'rituals:', '  - id: returns', 'values:', '  - id: returns'),
      },
      expected: [],
    },
  ]);

  it('names the other file and line, relative to the project, for a file in a folder', async () => {
    const messages = await ruleMessages('duplicate-id', {
      'governance/teams/owners.yaml': lines('# the loyalty team', 'owners:', ...owner('ana'), ...owner('loyalty-team')),
      'governance/zz.yaml': lines('owners:', ...owner('loyalty-team')),
    });
    assert.deepEqual(messages, ['The owner id "loyalty-team" is already used (governance/teams/owners.yaml:6). Give this owner its own id.']);
  });

  it('says where the first one is', async () => {
    const sameFile = await ruleMessages('duplicate-id', { 'governance/kpis.yaml': lines('kpis:', '  - id: nps', '  - id: nps') });
    assert.deepEqual(sameFile, ['The KPI id "nps" is already used (line 2). Give this KPI its own id.']);
    const otherFile = await ruleMessages('duplicate-id', { 'governance/a.yaml': lines('kpis:', '  - id: nps'), 'governance/b.yaml': lines('kpis:', '  - id: nps') });
    assert.deepEqual(otherFile, ['The KPI id "nps" is already used (governance/a.yaml:2). Give this KPI its own id.']);
  });
});
