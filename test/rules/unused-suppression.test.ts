import assert from 'node:assert/strict';
import { lines, ruleMessages, ruleTable } from './ruleCases.js';

/** KPIs with an owner that exists, so that only kpi-no-owner can fire (on nps, which has none). */
const kpis = lines(
  'owners:', //                                                              1
  '  - id: cx', //                                                            2
  '    name: CX', //                                                          3
  '    type: team', //                                                        4
  'kpis:', //                                                                 5
  '  # cxgov-disable-next-line kpi-no-owner -- being hired', //              6
  '  - id: nps', //                                                           7
  '    name: NPS', //                                                         8
  '  # cxgov-disable-next-line kpi-no-owner -- stale: csat has an owner', // 9
  '  - id: csat', //                                                         10
  '    owner: cx', //                                                        11
  '  # cxgov-disable-next-line', //                                          12
  '    name: CSAT', //                                                       13
  '  # cxgov-disable-next-line kpi-no-mission-link, kpi-no-owner', //       14
  '  - id: ces', //                                                          15
  '    owner: cx', //                                                        16
);

const config = (...rest: string[]) => lines('name: Test project', ...rest);

const exceptions = config(
  'exceptions:', //                                     2
  '  - rule: kpi-no-owner', //                         3
  '    entity: kpis/nps', //                           4
  '    reason: Owner being hired.', //                 5
  '  - rule: kpi-no-owner', //                         6
  '    entity: kpis/csat', //                          7
  '    reason: Stale, csat has an owner.', //          8
  '  - rule: owner-unused', //                         9
  '    entity: owners/cx', //                         10
  '    reason: Rule turned off below.', //            11
  'rules:', //                                         12
  '  owner-unused: "off"', //                          13
);

describe('unused-suppression', () => {
  ruleTable('unused-suppression', [
    {
      name: 'fires on a disable comment whose rule had no problem on the next line, at the rule name; a bare one at the comment',
      files: { 'governance/kpis.yaml': kpis },
      expected: ['governance/kpis.yaml:9:29', 'governance/kpis.yaml:12:3', 'governance/kpis.yaml:14:50'],
    },
    {
      name: 'fires on an exception that matched no problem, at its entry in cxgov.yaml (not for a rule turned off)',
      files: { 'cxgov.yaml': exceptions, 'governance/kpis.yaml': lines('owners:', '  - id: cx', '    name: CX', '    type: team', 'kpis:', '  - id: nps', '  - id: csat', '    owner: cx') },
      expected: ['cxgov.yaml:6:5'],
    },
    {
      name: 'is silent on comments that name only rules turned off in cxgov.yaml',
      files: { 'cxgov.yaml': config('rules:', '  kpi-no-owner: "off"'), 'governance/kpis.yaml': lines('kpis:', '  # cxgov-disable-next-line kpi-no-owner', '  - id: csat', '    owner: cx') },
      expected: [],
    },
    {
      name: 'is silent when turned off',
      files: { 'cxgov.yaml': config('rules:', '  unused-suppression: "off"'), 'governance/kpis.yaml': kpis },
      expected: [],
    },
  ]);

  it('says what the suppression was for and how to remove it', async () => {
    assert.deepEqual(await ruleMessages('unused-suppression', { 'cxgov.yaml': exceptions, 'governance/kpis.yaml': kpis }), [
      'The exception for kpi-no-owner on "kpis/csat" matches no problem: remove it from cxgov.yaml.',
      'This comment silences kpi-no-owner on the next line, but there is no such problem there: remove "kpi-no-owner" from the comment.',
      'This comment silences every rule on the next line, but there is no problem there: remove the comment.',
      'This comment silences kpi-no-owner on the next line, but there is no such problem there: remove "kpi-no-owner" from the comment.',
    ]);
  });
});
