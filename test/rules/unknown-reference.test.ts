import assert from 'node:assert/strict';
import { lintFiles } from '../helpers/tempProject.js';
import { lines, project, ruleMessages, ruleTable } from './ruleCases.js';

const owners = lines(
  'owners:',
  '  - id: john-smith',
  '    name: John Smith',
  '    type: person',
  '  - id: constructor',
  '    name: An owner called constructor',
  '    type: role',
  '  - id: __proto__',
  '    name: An owner called __proto__',
  '    type: role',
);

const mission = lines('mission:', '  statement: S', '  owner: john-smith', '  pillars:', '    - id: wow-service', '      name: WOW');

describe('unknown-reference', () => {
  ruleTable('unknown-reference', [
    {
      name: 'an owner, pillar and guardrail that name nothing, each on its id',
      files: {
        'governance/owners.yaml': owners,
        'governance/mission.yaml': mission,
        'governance/kpis.yaml': lines(
          'kpis:',
          '  - id: fcr',
          '    owner: jon-smith',
          '    supports:',
          '      - wow-service',
          '      - wow-servce',
          '    guardrails: [nps]',
        ),
      },
      expected: ['governance/kpis.yaml:3:12', 'governance/kpis.yaml:6:9', 'governance/kpis.yaml:7:18'],
    },
    {
      name: 'every reference field: members, approvedBy, values, measuredBy, initiative kpis, mission owner',
      files: {
        'governance/a.yaml': lines(
          'mission:',
          '  owner: nobody',
          'owners:',
          '  - id: team',
          '    members: [ghost]',
          'standards:',
          '  - id: s',
          '    values: [kindness]',
          '    measuredBy: [csat]',
          'initiatives:',
          '  - id: i',
          '    approvedBy: boss',
          '    kpis: [nps]',
        ),
      },
      expected: ['governance/a.yaml:2:10', 'governance/a.yaml:5:15', 'governance/a.yaml:8:14', 'governance/a.yaml:9:18', 'governance/a.yaml:12:17', 'governance/a.yaml:13:12'],
    },
    {
      name: 'ids such as constructor and __proto__ resolve like any other id; toString does not exist',
      files: {
        'governance/owners.yaml': owners,
        'governance/a.yaml': lines('kpis:', '  - id: a', '    owner: constructor', '  - id: b', '    owner: __proto__', '  - id: c', '    owner: toString', '    guardrails: [constructor, hasOwnProperty]'),
      },
      expected: ['governance/a.yaml:7:12', 'governance/a.yaml:8:18', 'governance/a.yaml:8:31'],
    },
    {
      name: 'stays silent when references resolve across files',
      files: {
        'governance/owners.yaml': owners,
        'governance/mission.yaml': mission,
        'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    owner: john-smith', '    supports: [wow-service]', '    guardrails: [fcr]', '  - id: fcr'),
      },
      expected: [],
    },
  ]);

  it('suggests the owner that was probably meant', async () => {
    const messages = await ruleMessages('unknown-reference', {
      'governance/owners.yaml': owners,
      'governance/kpis.yaml': lines('kpis:', '  - id: fcr', '    owner: jon-smith', '  - id: nps', '    owner: zzz'),
    });
    assert.deepEqual(messages, ['No owner has the id "jon-smith". Did you mean "john-smith"?', 'No owner has the id "zzz". Define it or use an existing owner.']);
  });

  it('suggests the pillar that was probably meant', async () => {
    const messages = await ruleMessages('unknown-reference', {
      'governance/owners.yaml': owners,
      'governance/mission.yaml': mission,
      'governance/kpis.yaml': lines('kpis:', '  - id: fcr', '    supports: [wow-servce]'),
    });
    assert.deepEqual(messages, ['No pillar has the id "wow-servce". Did you mean "wow-service"?']);
  });

  it('an id written where a syntax error broke a file is an info naming that file and line; one that is nowhere stays an error', async () => {
    const problems = await lintFiles(
      project({
        'governance/owners.yaml': owners,
        'governance/kpis/broken.yaml': lines('kpis:', '  - id: nps', '    name: NPS', '  - id: fcr', '     name: First contact', '  - id: csat', '    name: CSAT'),
        'governance/standards.yaml': lines('standards:', '  - id: s', '    title: S', '    owner: john-smith', '    measuredBy: [nps, fcr, csat, ces]'),
      }),
    );
    const seen = problems.filter((problem) => problem.rule === 'unknown-reference').map((problem) => `${problem.severity} ${problem.line}:${problem.column} ${problem.message}`);
    assert.deepEqual(seen, [
      'info 5:23 No KPI has the id "fcr" (governance/kpis/broken.yaml has a syntax error at line 5 and may define it).',
      'error 5:34 No KPI has the id "ces". Did you mean "nps"?',
    ]);
  });

  it('a syntax error does not lower an unknown id the broken file never mentions', async () => {
    const messages = await ruleMessages('unknown-reference', {
      'governance/owners.yaml': lines('owners:', '  - id: ann', '    name: "Ann', '    type: person'),
      'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    owner: bob'),
    });
    assert.deepEqual(messages, ['No owner has the id "bob". Define it or use an existing owner.']);
  });
});
