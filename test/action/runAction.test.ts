// The Action's script (action/run.mjs) run as GitHub runs it: a real process in the workspace with
// INPUT_* variables and GITHUB_STEP_SUMMARY, using the workspace's node_modules/cxgov (no network).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifValidator } from '../helpers/sarifValidator.js';
import { runScript, withWorkspace, type ScriptRun } from './actionWorkspace.js';

/** The action with these inputs, and the job summary it wrote. */
function runAction(root: string, inputs: Record<string, string>): ScriptRun & { summary: string } {
  const folder = mkdtempSync(join(tmpdir(), 'cxgov-summary-'));
  try {
    const summaryFile = join(folder, 'summary.md');
    writeFileSync(summaryFile, '');
    const env = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name}`, value]));
    const run = runScript('action/run.mjs', [], root, { ...env, GITHUB_STEP_SUMMARY: summaryFile });
    return { ...run, summary: readFileSync(summaryFile, 'utf8') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Gives the first KPI of the sample an owner nobody defined: one error at kpis.yaml:12. */
function breakOwner(root: string): void {
  const file = join(root, 'cx/governance/kpis.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('owner: cx-insights-lead', 'owner: nobody-here'));
}

describe('the GitHub Action script', function () {
  this.timeout(60_000);

  it('a clean project: exit 0, no error annotation, a summary naming the project', () => {
    withWorkspace('wow-retail', (root) => {
      const run = runAction(root, { PATH: 'cx' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /Running cxgov from node_modules\/cxgov\/bin\/cxgov\.js/);
      assert.doesNotMatch(run.stdout, /::error/);
      assert.match(run.summary, /### cxgov: `cx`/);
      assert.match(run.summary, /\| lint \| ✅ 0 errors, \d+ warnings?, \d+ infos? \|/);
    });
  });

  it('a problem: exit 1 and an error annotation at its file and line, counted in the summary', () => {
    withWorkspace('wow-retail', (root) => {
      breakOwner(root);
      const run = runAction(root, { PATH: 'cx', FORMAT: 'github' });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /^::error file=cx\/governance\/kpis\.yaml,line=12,col=12,.*title=unknown-reference::No owner has the id "nobody-here"/m);
      assert.match(run.summary, /\| lint \| ❌ 1 error, /);
    });
  });

  it('format sarif: a valid SARIF file where sarif-file says (its folder created), with the problem in it', () => {
    withWorkspace('wow-retail', (root) => {
      breakOwner(root);
      const run = runAction(root, { PATH: 'cx', FORMAT: 'sarif', SARIF_FILE: 'reports/cxgov.sarif' });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      const log = JSON.parse(readFileSync(join(root, 'reports/cxgov.sarif'), 'utf8')) as { runs: { results: { ruleId: string; locations: unknown[] }[] }[] };
      const validate = sarifValidator();
      assert.ok(validate(log), JSON.stringify(validate.errors));
      assert.deepEqual(log.runs[0]!.results.map((result) => result.ruleId), ['unknown-reference']);
      assert.match(JSON.stringify(log.runs[0]!.results[0]!.locations), /"uri":"cx\/governance\/kpis\.yaml"/);
      assert.match(run.stdout, /reports\/cxgov\.sarif: 1 error, /);
      assert.match(run.summary, /SARIF report: `reports\/cxgov\.sarif`/);
    });
  });

  it('handbook-check: exit 0 when the committed handbook is current, 1 with an annotation when it is stale', () => {
    withWorkspace('wow-retail', (root) => {
      const current = runAction(root, { PATH: 'cx', HANDBOOK_CHECK: 'true' });
      assert.equal(current.status, 0, current.stdout + current.stderr);
      assert.match(current.summary, /\| handbook \| ✅ up to date \|/);

      const file = join(root, 'cx/governance/kpis.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('name: Net Promoter Score', 'name: Net Promoter Score (NPS)'));
      const stale = runAction(root, { PATH: 'cx', HANDBOOK_CHECK: 'true' });
      assert.equal(stale.status, 1, stale.stdout + stale.stderr);
      assert.match(stale.stdout, /kpis\.md \(changed\)/);
      assert.match(stale.stdout, /^::error title=cxgov handbook::The handbook of cx is out of date\. Run "cxgov handbook cx"/m);
      assert.match(stale.summary, /\| lint \| ✅ 0 errors.*\n\| handbook \| ❌ out of date \|/);
    });
  });

  it('max-warnings is passed on: more warnings than allowed is exit 1', () => {
    withWorkspace('every-rule', (root) => {
      const run = runAction(root, { PATH: 'cx', MAX_WARNINGS: '0' });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.stdout, /^::warning file=cx\/governance\//m);
    });
  });

  it('a wrong input: exit 2 naming it, before anything runs', () => {
    withWorkspace('wow-retail', (root) => {
      const cases: [Record<string, string>, RegExp][] = [
        [{ FORMAT: 'stylish' }, /cxgov action: format "stylish" is not one of github, sarif\./],
        [{ HANDBOOK_CHECK: 'yes' }, /cxgov action: handbook-check "yes" is not true or false\./],
        [{ VERSION: '0.1.0; rm -rf ~' }, /cxgov action: version "0\.1\.0; rm -rf ~" is not a cxgov version/],
      ];
      for (const [inputs, message] of cases) {
        const run = runAction(root, { PATH: 'cx', ...inputs });
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.match(run.stderr, message);
        assert.equal(run.summary, '');
      }
    });
  });

  it('a project folder that does not exist: exit 2 with cxgov\'s message, and the summary says it was not checked', () => {
    withWorkspace('wow-retail', (root) => {
      const run = runAction(root, { PATH: 'governance-nowhere' });
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, /governance-nowhere/);
    });
  });
});
