// One slip in one file must not turn into false errors elsewhere: what a YAML file with a syntax
// error still says is kept and checked, and what could not be read is never called "unknown".
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lint } from 'cxgov';
import { lintFiles, tempProject, MINIMAL_CONFIG, type ProjectFiles } from '../helpers/tempProject.js';
import { lines } from '../rules/ruleCases.js';

const TODAY = '2026-11-23';

const kpi = (id: string, ...more: string[]) => [`  - id: ${id}`, `    name: KPI ${id}`, '    owner: cx-lead', '    supports: [wow]', '    category: outcome', ...more];

const mission = lines('mission:', '  statement: Wow', '  owner: cx-lead', '  pillars:', '    - id: wow', '      name: Wow');
const owners = lines('owners:', '  - id: cx-lead', '    name: CX lead', '    type: role', '    customers: [everyone]');

/** Four KPIs; the second has one line indented by one extra space (line 10); two have real problems. */
const kpisWithSlip = lines(
  'kpis:', //                                   1
  ...kpi('nps'), //                             2-6
  '  - id: dropped-call-rate', //               7
  '    name: Dropped calls', //                 8
  '    owner: cx-lead', //                      9
  '     supports: [wow]', //                   10 one space too many
  '    category: outcome', //                  11
  ...kpi('csat', '    colour: blue'), //        12-17: unknown field
  '  - id: first-contact', //                  18
  '    name: First contact', //                19
  '    supports: [wow]', //                    20 no owner
  '    category: outcome', //                  21
);

const standards = lines(
  'standards:',
  '  - id: answer-fast',
  '    title: Answer fast',
  '    owner: cx-lead',
  '    supports: [wow]',
  '    measuredBy: [nps, csat, first-contact, dropped-call-rate]',
);

describe('a YAML file with a syntax error still says what it can', () => {
  it('keeps the KPIs around a mis-indented one: no false unknown-reference, real problems still found', async () => {
    const problems = await lintFiles({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/mission.yaml': mission,
      'governance/owners.yaml': owners,
      'governance/kpis.yaml': kpisWithSlip,
      'governance/standards.yaml': standards,
    });
    const seen = problems.map((p) => `${p.severity} ${p.rule} ${p.file}:${p.line}:${p.column}`);
    assert.deepEqual(seen, [
      'error yaml-syntax governance/kpis.yaml:10:6',
      'error schema governance/kpis.yaml:17:5',
      'warning kpi-no-owner governance/kpis.yaml:18:9',
      'info unknown-reference governance/standards.yaml:6:44',
    ]);
    const unknown = problems.find((p) => p.rule === 'unknown-reference')!;
    assert.equal(unknown.message, 'No KPI has the id "dropped-call-rate" (governance/kpis.yaml has a syntax error at line 10 and may define it).');
  });

  it('an unclosed quote that swallows the owners after it: those ids are not unknown, a typo still is', async () => {
    const problems = await lintFiles({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/owners.yaml': lines(
        'owners:', //                         1
        '  - id: cx-lead', //                 2
        '    name: CX lead', //               3
        '    type: role', //                  4
        '    customers: [everyone]', //       5
        '  - id: ana', //                     6
        '    name: "Ana', //                  7 unclosed quote
        '    type: person', //                8
        '  - id: loyalty-team', //            9
        '    name: Loyalty', //              10
        '    type: team', //                 11
      ),
      'governance/kpis.yaml': lines('kpis:', '  - id: nps', '    name: NPS', '    owner: loyalty-team', '    category: outcome', '  - id: csat', '    name: CSAT', '    owner: nobody-at-all', '    category: outcome'),
    });
    const references = problems.filter((p) => p.rule === 'unknown-reference').map((p) => `${p.severity} ${p.file}:${p.line}:${p.column} ${p.message}`);
    assert.deepEqual(references, [
      'info governance/kpis.yaml:4:12 No owner has the id "loyalty-team" (governance/owners.yaml has a syntax error at line 7 and may define it).',
      'error governance/kpis.yaml:8:12 No owner has the id "nobody-at-all". Define it or use an existing owner.',
    ]);
    // cx-lead, before the slip, is still an owner: its KPIs and its own checks are there.
    assert.deepEqual(problems.filter((p) => p.rule === 'yaml-syntax').map((p) => `${p.file}:${p.line}:${p.column}`), ['governance/owners.yaml:7:11']);
    assert.ok(!problems.some((p) => p.rule === 'schema'), JSON.stringify(problems));
  });

  it('the cache gives the same problems for a recovered file, on the first run and the next', async () => {
    const files: ProjectFiles = { 'cxgov.yaml': MINIMAL_CONFIG, 'governance/mission.yaml': mission, 'governance/owners.yaml': owners, 'governance/kpis.yaml': kpisWithSlip, 'governance/standards.yaml': standards };
    const { root, cleanup } = tempProject(files);
    try {
      const plain = await lint({ cwd: root, today: TODAY });
      const cache = join(root, '.cxgov-cache');
      const first = await lint({ cwd: root, today: TODAY, cache });
      const second = await lint({ cwd: root, today: TODAY, cache });
      assert.ok(plain.report && plain.report.problems.some((p) => p.rule === 'kpi-no-owner'));
      assert.deepEqual(first.report?.problems, plain.report.problems);
      assert.deepEqual(second.report?.problems, plain.report.problems);
    } finally {
      cleanup();
    }
  });
});
