import assert from 'node:assert/strict';
import { ruleDocsUrl, type JsonProblem } from 'cxgov';
import { runCli } from '../helpers/runCli.js';
import { MINIMAL_CONFIG, tempProject, type ProjectFiles } from '../helpers/tempProject.js';

const OWNERS = `owners:
  - id: cx-lead
    name: CX lead
    type: role
    customers: [Every customer]
`;
const MISSION = `mission:
  statement: Make customers happy.
  owner: cx-lead
  pillars:
    - id: happy
      name: Happy customers
`;
const GOOD_KPI = `kpis:
  - id: nps
    name: NPS
    owner: cx-lead
    supports: [happy]
`;

function lintJson(files: ProjectFiles, args: string[] = []): { status: number | null; problems: JsonProblem[]; stderr: string } {
  const { root, cleanup } = tempProject(files);
  try {
    const run = runCli(['lint', '--format', 'json', '--today', '2026-11-23', ...args], root);
    const problems = run.stdout ? (JSON.parse(run.stdout) as { problems: JsonProblem[] }).problems : [];
    return { status: run.status, problems, stderr: run.stderr };
  } finally {
    cleanup();
  }
}

describe('cxgov lint', () => {
  it('exits 0 on a clean project', () => {
    const run = lintJson({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/a.yaml': MISSION + OWNERS + GOOD_KPI });
    assert.deepEqual(run.problems, []);
    assert.equal(run.status, 0);
  });

  it('exits 0 with warnings only, 1 when warnings exceed --max-warnings', () => {
    const files = { 'cxgov.yaml': MINIMAL_CONFIG, 'governance/a.yaml': MISSION + OWNERS + GOOD_KPI + '  - id: csat\n    name: CSAT\n    owner: cx-lead\n' };
    const warned = lintJson(files);
    assert.deepEqual(warned.problems.map((p) => [p.rule, p.severity, p.line]), [['kpi-no-mission-link', 'warning', 17]]);
    assert.equal(warned.status, 0);
    assert.equal(lintJson(files, ['--max-warnings', '1']).status, 0);
    assert.equal(lintJson(files, ['--max-warnings', '0']).status, 1);
  });

  it('exits 1 on an error, with exactly the documented JSON keys', () => {
    const run = lintJson({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/a.yaml': MISSION + OWNERS + GOOD_KPI.replace('owner: cx-lead', 'owner: cx-leed') });
    assert.equal(run.status, 1);
    assert.deepEqual(run.problems, [
      {
        rule: 'unknown-reference',
        severity: 'error',
        file: 'governance/a.yaml',
        line: 15,
        column: 12,
        endLine: 15,
        endColumn: 19,
        message: 'No owner has the id "cx-leed". Did you mean "cx-lead"?',
        docsUrl: ruleDocsUrl('unknown-reference'),
        fixes: [{ title: 'Change to "cx-lead"', edits: [{ file: 'governance/a.yaml', line: 15, column: 12, endLine: 15, endColumn: 19, text: 'cx-lead' }] }],
      },
    ]);
  });

  it('exits 2 on a usage error: unknown format, bad --today, missing path', () => {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG });
    try {
      assert.equal(runCli(['lint', '--format', 'xml'], root).status, 2);
      const badDate = runCli(['lint', '--today', '2026-02-30'], root);
      assert.equal(badDate.status, 2);
      assert.match(badDate.stderr, /--today takes a date as YYYY-MM-DD/);
      const missing = runCli(['lint', 'nope.yaml'], root);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /No such file or folder/);
      assert.doesNotMatch(missing.stderr + badDate.stderr, /\n\s+at /, 'no stack trace');
    } finally {
      cleanup();
    }
  });

  it('exits 2 on a broken cxgov.yaml, naming the key and the line', () => {
    const run = lintJson({ 'cxgov.yaml': 'name: x\nrules:\n  kpi-no-ownr: off\n', 'governance/a.yaml': MISSION });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cxgov\.yaml:3:3: .*"kpi-no-ownr".*Did you mean "kpi-no-owner"\?/);
    const badSeverity = lintJson({ 'cxgov.yaml': 'name: x\nrules:\n  kpi-no-owner: loud\n' });
    assert.equal(badSeverity.status, 2);
    assert.match(badSeverity.stderr, /cxgov\.yaml:3:17: .*error, warning, info, off/);
    const notYaml = lintJson({ 'cxgov.yaml': 'name: [x\n' });
    assert.equal(notYaml.status, 2);
    assert.match(notYaml.stderr, /cxgov\.yaml:\d+:\d+: /);
  });

  it('changes severities and turns rules off from cxgov.yaml', () => {
    const files = (rules: string) => ({
      'cxgov.yaml': `name: x\nrules:\n${rules}`,
      'governance/a.yaml': MISSION + OWNERS + GOOD_KPI.replace('    owner: cx-lead\n', ''),
    });
    assert.deepEqual(lintJson(files('  kpi-no-owner: error\n')).problems.map((p) => [p.rule, p.severity]), [['kpi-no-owner', 'error']]);
    assert.equal(lintJson(files('  kpi-no-owner: error\n')).status, 1);
    assert.deepEqual(lintJson(files('  kpi-no-owner: off\n')).problems, []);
  });

  it('applies exceptions until they expire', () => {
    const files = (expires: string) => ({
      'cxgov.yaml': `name: x\nexceptions:\n  - rule: kpi-no-owner\n    entity: kpis/nps\n    reason: Owner being hired\n    expires: ${expires}\n`,
      'governance/a.yaml': MISSION + OWNERS + GOOD_KPI.replace('    owner: cx-lead\n', ''),
    });
    assert.deepEqual(lintJson(files('2026-12-31')).problems, []);
    // Expired, the exception is an info problem on its date in cxgov.yaml, and the problem shows again.
    assert.deepEqual(lintJson(files('2026-11-22')).problems.map((p) => `${p.rule} ${p.file}:${p.line}`), ['expired-exception cxgov.yaml:6', 'kpi-no-owner governance/a.yaml:13']);
  });

  it('honours inline suppressions for the named rule only, and reports the one that silences nothing', () => {
    const kpis = `kpis:
  # cxgov-disable-next-line kpi-no-owner -- owner being hired
  - id: nps
    name: NPS
    supports: [happy]
  # cxgov-disable-next-line guardrail-cycle -- wrong rule, no effect
  - id: csat
    name: CSAT
    supports: [happy]
`;
    const run = lintJson({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/a.yaml': MISSION + OWNERS + kpis });
    assert.deepEqual(run.problems.map((p) => `${p.rule}@${p.line}`), ['unused-suppression@17', 'kpi-no-owner@18']);
  });

  it('never reads YAML that is not a source', () => {
    const run = lintJson({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/a.yaml': MISSION + OWNERS + GOOD_KPI,
      '.github/workflows/ci.yml': 'on: [push]\njobs: { lint: { runs-on: ubuntu-latest } }\n',
      'k8s/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\n',
      'docker-compose.yml': 'services:\n  web: { image: nginx\n',
    });
    assert.deepEqual(run.problems, []);
    assert.equal(run.status, 0);
  });

  it('checks the given files on their own when there is no cxgov.yaml', () => {
    const run = lintJson({ 'a.yaml': OWNERS + 'kpis:\n  - id: nps\n    name: NPS\n    owner: nobody\n    supports: []\n' }, ['a.yaml']);
    assert.deepEqual(run.problems.map((p) => `${p.file}:${p.line} ${p.rule}`), ['a.yaml:2 owner-unused', 'a.yaml:7 kpi-no-mission-link', 'a.yaml:9 unknown-reference']);
  });

  it('reports only the named file but resolves references across the project', () => {
    const run = lintJson(
      { 'cxgov.yaml': MINIMAL_CONFIG, 'governance/owners.yaml': MISSION + OWNERS, 'governance/kpis.yaml': GOOD_KPI, 'governance/other.yaml': 'kpis:\n  - id: x\n' },
      ['governance/kpis.yaml'],
    );
    assert.deepEqual(run.problems, []);
  });
});
