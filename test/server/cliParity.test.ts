import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { lint, localDate } from 'cxgov';
import { lintProblems, serverProblems } from '../helpers/parity.js';

const CLI = fileURLToPath(new URL('../../../library/bin/cxgov.js', import.meta.url));

for (const sample of ['wow-retail', 'every-rule']) {
  describe(`server: same problems as the CLI on samples/${sample}`, () => {
    const root = fileURLToPath(new URL(`../../../samples/${sample}/`, import.meta.url)).replace(/[\\/]$/, '');

    it('equals lint() from the library (rules, severities, 0-based ranges, messages)', async () => {
      const expected = await lintProblems(root, localDate());
      assert.deepEqual(await serverProblems(root, expected.files), expected.problems);
    });

    it('equals `cxgov lint --format json` run as a process (1-based lines and columns)', async () => {
      const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const cli = (JSON.parse(run.stdout) as { problems: CliProblem[] }).problems;
      const files = [...new Set((await lint({ cwd: root })).report!.files)];
      const fromServer = (await serverProblems(root, files)).map((p) => ({
        rule: p.rule,
        severity: p.severity,
        file: p.file,
        line: p.range.start.line + 1,
        column: p.range.start.character + 1,
        endLine: p.range.end.line + 1,
        endColumn: p.range.end.character + 1,
        message: p.message,
      }));
      assert.ok(cli.length > 0 || sample === 'wow-retail');
      assert.deepEqual(fromServer, cli);
    });
  });
}

interface CliProblem {
  rule: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

