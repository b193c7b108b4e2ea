import assert from 'node:assert/strict';
import { lines, ruleMessages, ruleTable } from './ruleCases.js';

const config = lines(
  'name: Test project', //                      1
  'exceptions:', //                             2
  '  - rule: kpi-no-owner', //                  3
  '    entity: kpis/nps', //                    4
  '    reason: Owner being hired.', //          5
  '    expires: 2026-11-22', //                 6
  '  - rule: kpi-no-owner', //                  7
  '    entity: kpis/csat', //                   8
  '    reason: Owner being hired.', //          9
  '    expires: 2026-11-23', //                10
);

const kpis = lines('kpis:', '  - id: nps', '  - id: csat');

describe('expired-exception', () => {
  ruleTable('expired-exception', [
    {
      name: 'fires on the expiry date of an exception that expired before today (not on its last day)',
      files: { 'cxgov.yaml': config, 'governance/kpis.yaml': kpis },
      expected: ['cxgov.yaml:6:14'],
    },
    {
      name: 'is silent the day after, for the other exception, once today moves back',
      files: { 'cxgov.yaml': config, 'governance/kpis.yaml': kpis },
      today: '2026-11-22',
      expected: [],
    },
  ]);

  it('says when it expired and that the problem shows again', async () => {
    assert.deepEqual(await ruleMessages('expired-exception', { 'cxgov.yaml': config, 'governance/kpis.yaml': kpis }), [
      'The exception for kpi-no-owner on "kpis/nps" expired on 2026-11-22, so its problem shows again. Fix the problem, agree a new date in "expires", or remove the exception.',
    ]);
  });
});
