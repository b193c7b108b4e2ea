import assert from 'node:assert/strict';
import { lintFiles } from '../helpers/tempProject.js';
import { lines, ruleMessages, ruleTable } from './ruleCases.js';

const kpis = lines(
  'kpis:', //                                                                   1
  '  # cxgov-disable-next-line kpi-no-ownr -- being hired', //                   2
  '  - id: nps', //                                                               3
  '    name: NPS', //                                                             4
  '  # cxgov-disable-next-line kpi-no-owner, target-without-baselin', //         5
  '  - id: csat', //                                                              6
  '    name: CSAT', //                                                            7
  '# cxgov-disable-next-line', //                                                 8
  '  - id: ces', //                                                               9
  '    name: CES', //                                                            10
);

const exceptions = lines(
  'name: Test project', //                      1
  'exceptions:', //                             2
  '  - rule: kpi-no-owner', //                  3
  '    entity: kpis/np', //                     4
  '    reason: Owner being hired.', //          5
  '  - rule: kpi-no-owner', //                  6
  '    entity: kpis/nps', //                    7
  '    reason: Owner being hired.', //          8
  '  - rule: owner-unused', //                  9
  '    entity: owners/nobody-like-this', //    10
  '    reason: Left the company.', //          11
);

describe('unknown-suppression', () => {
  ruleTable('unknown-suppression', [
    {
      name: 'fires on each rule name in a disable comment that names no rule, at the name',
      files: { 'governance/kpis.yaml': kpis },
      expected: ['governance/kpis.yaml:2:29', 'governance/kpis.yaml:5:43'],
    },
    {
      name: 'fires on an exception in cxgov.yaml whose entity does not exist, at the entity',
      files: { 'cxgov.yaml': exceptions, 'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    name: NPS') },
      expected: ['cxgov.yaml:4:13', 'cxgov.yaml:10:13'],
    },
    {
      name: 'is silent on known rules, a bare comment and existing entities',
      files: { 'cxgov.yaml': lines('name: x', 'exceptions:', '  - rule: kpi-no-owner', '    entity: kpis/nps', '    reason: r'), 'governance/kpis.yaml': lines('kpis:', '  # cxgov-disable-next-line', '  # cxgov-disable-next-line kpi-no-owner', '  - id: nps') },
      expected: [],
    },
  ]);

  it('says which rule or entity was probably meant', async () => {
    assert.deepEqual(await ruleMessages('unknown-suppression', { 'governance/kpis.yaml': kpis }), [
      'No rule is called "kpi-no-ownr", so this comment silences nothing under that name. Did you mean "kpi-no-owner"?',
      'No rule is called "target-without-baselin", so this comment silences nothing under that name. Did you mean "target-without-baseline"?',
    ]);
    assert.deepEqual(await ruleMessages('unknown-suppression', { 'cxgov.yaml': exceptions, 'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    name: NPS') }), [
      'This exception is for "kpis/np", which does not exist, so it applies to nothing. Did you mean "kpis/nps"?',
      'This exception is for "owners/nobody-like-this", which does not exist, so it applies to nothing. Write the entity as section/id of an existing entry, or remove the exception.',
    ]);
  });

  it('an exception naming a rule that does not exist is a configuration error at its line, with a did-you-mean', async () => {
    const seen = await lintFiles({ 'cxgov.yaml': lines('name: x', 'exceptions:', '  - rule: kpi-no-ownr', '    entity: kpis/nps', '    reason: r'), 'governance/kpis.yaml': lines('kpis:', '  - id: nps') });
    assert.deepEqual(
      seen.map((problem) => `${problem.rule} ${problem.file}:${problem.line}:${problem.column}`),
      ['config cxgov.yaml:3:11'],
    );
    assert.match(seen[0]!.message, /Did you mean "kpi-no-owner"\?/);
  });
});
