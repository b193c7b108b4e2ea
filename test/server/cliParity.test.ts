import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, localDate } from 'cxgov';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';

const CLI = fileURLToPath(new URL('../../../library/bin/cxgov.js', import.meta.url));
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info' } as const;

/** A problem as both sides can state it: file, rule, severity, 0-based range, message. */
interface Seen {
  file: string;
  rule: string;
  severity: string;
  range: Diagnostic['range'];
  message: string;
}

/** The server's diagnostics once every given source has been published, in the CLI's order. */
async function serverProblems(root: string, files: readonly string[]): Promise<Seen[]> {
  const client = new LspClient();
  try {
    await client.start(root);
    await client.until(() => files.every((file) => client.diagnostics.has(fileUri(file))));
    const seen = files.flatMap((file) =>
      client.diagnostics.get(fileUri(file))!.map((diagnostic) => ({
        file: relative(root, file).split('\\').join('/'),
        rule: String(diagnostic.code),
        severity: SEVERITY[diagnostic.severity as 1 | 2 | 3],
        range: diagnostic.range,
        message: diagnostic.message,
      })),
    );
    return seen.sort(bySortKey);
  } finally {
    await client.stop();
  }
}

function bySortKey(a: Seen, b: Seen): number {
  const key = (p: Seen) => [p.file, String(p.range.start.line).padStart(6, '0'), String(p.range.start.character).padStart(6, '0'), p.rule, p.message].join('\u0000');
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

for (const sample of ['wow-retail', 'every-rule']) {
  describe(`server: same problems as the CLI on samples/${sample}`, () => {
    const root = fileURLToPath(new URL(`../../../samples/${sample}/`, import.meta.url)).replace(/[\\/]$/, '');

    it('equals lint() from the library (rules, severities, 0-based ranges, messages)', async () => {
      const result = await lint({ cwd: root, today: localDate() });
      assert.ok(result.report, JSON.stringify(result.configProblems));
      const expected = result.report.problems
        .map((problem) => ({
          file: relative(root, problem.file).split('\\').join('/'),
          rule: problem.rule,
          severity: problem.severity,
          range: problem.range,
          message: problem.message,
        }))
        .sort(bySortKey);
      assert.deepEqual(await serverProblems(root, result.report.files), expected);
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

