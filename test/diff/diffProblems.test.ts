import { strict as assert } from 'node:assert';
import { runCli } from '../helpers/runCli.js';
import { GitRepository } from './gitRepository.js';
import { commitScenario, diffJson, TODAY } from './runDiff.js';

const OWNERS = 'owners:\n  - id: lead\n    name: Lead\n    type: person\n    customers: [Everyone]\n';
/** A KPI with no owner and no pillar: two warnings that move down when lines are added above. */
const LONELY = 'kpis:\n  - id: lonely\n    name: Lonely\n    category: driver\n    unit: "%"\n    direction: increase\n    status: active\n';

describe('cxgov diff: problems introduced, fixed and unchanged', () => {
  let repository: GitRepository;
  before(() => {
    repository = new GitRepository();
    commitScenario(repository);
  });
  after(() => repository.cleanup());

  it('lists the problems only HEAD has as introduced (placed in HEAD) and only BASE has as fixed (placed in BASE)', () => {
    const { report } = diffJson(repository, ['main', 'change']);
    const seen = (list: typeof report.problems.introduced) => list.map((problem) => `${problem.severity} ${problem.rule} ${problem.entity} ${problem.file}:${problem.line}:${problem.column}`);
    assert.deepEqual(seen(report.problems.introduced), [
      'error unknown-reference initiatives/callback-promise governance/initiatives.yaml:5:16',
      'warning one-way-door-self-approved initiatives/close-branches governance/initiatives.yaml:13:17',
      'warning incentive-on-efficiency-or-sales-kpi kpis/average-handle-time governance/kpis.yaml:38:16',
      'error unknown-reference kpis/repeat-contacts governance/kpis.yaml:43:16',
      'warning kpi-no-owner kpis/wait-time governance/kpis.yaml:49:9',
      'error unknown-reference kpis/callback-rate governance/kpis.yaml:63:16',
    ]);
    assert.deepEqual(seen(report.problems.fixed), ['error unknown-reference initiatives/callback-promise governance/initiatives.yaml:4:12']);
    assert.match(report.problems.fixed[0]!.message, /No owner has the id "support-teem"/);
  });

  it('matches problems by rule, entity and message, not by line: moved problems are unchanged, and only counted', () => {
    const moved = new GitRepository();
    try {
      moved.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': OWNERS, 'governance/kpis.yaml': LONELY });
      moved.commit('lines above', { 'governance/kpis.yaml': `# A comment\n# pushes every line down\n\n${LONELY}` });
      const { run, report } = diffJson(moved, ['HEAD~1', 'HEAD', '--fail-on', 'introduced:info']);
      assert.deepEqual(report.changes, []);
      assert.deepEqual(report.problems, { introduced: [], fixed: [], unchanged: 3 });
      assert.equal(run.status, 0);
    } finally {
      moved.cleanup();
    }
  });

  describe('--fail-on introduced: a CI blocks on new problems only, whatever the backlog', () => {
    it('exits 0 without --fail-on, whatever the change introduces', () => {
      assert.equal(runCli(['diff', 'main', 'change', '--today', TODAY], repository.root).status, 0);
    });

    it('exits 1 when the change introduces an error ("introduced" means introduced:error)', () => {
      const run = runCli(['diff', 'main', 'change', '--today', TODAY, '--fail-on', 'introduced'], repository.root);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /Problems introduced \(6\)/, 'the report is printed all the same');
    });

    it('counts a severity and any worse one: introduced:warning fails on a new warning, introduced:error does not', () => {
      const warned = new GitRepository();
      try {
        warned.commit('base', { 'cxgov.yaml': 'name: x\n', 'governance/owners.yaml': OWNERS });
        warned.edit({ 'governance/kpis.yaml': LONELY });
        assert.equal(runCli(['diff', 'HEAD', '--today', TODAY, '--fail-on', 'introduced:error'], warned.root).status, 0);
        assert.equal(runCli(['diff', 'HEAD', '--today', TODAY, '--fail-on', 'introduced:warning'], warned.root).status, 1);
      } finally {
        warned.cleanup();
      }
    });

    it('exits 0 when the change only fixes problems, however many remain', () => {
      const text = repository.git('show', 'change:governance/initiatives.yaml');
      repository.edit({ 'governance/initiatives.yaml': `${text.replace('approvedBy: support-lead', 'approvedBy: head-of-cx')}\n` });
      const { run, report } = diffJson(repository, ['change', '--fail-on', 'introduced']);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual([report.problems.introduced.length, report.problems.fixed.map((problem) => problem.rule)], [0, ['one-way-door-self-approved']]);
      assert.ok(report.problems.unchanged >= 3, 'the errors of the backlog are still there');
      repository.git('checkout', '-q', '--', '.');
    });

    it('refuses a --fail-on it does not know, saying what it takes (exit 2)', () => {
      const run = runCli(['diff', 'main', '--fail-on', 'errors'], repository.root);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--fail-on takes "introduced", "introduced:error", "introduced:warning" or "introduced:info", not "errors"/);
    });
  });
});
