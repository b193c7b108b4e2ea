// The README's Neovim recipe (docs/editors/cxgov.lua, shown there verbatim) in a real Neovim:
// Debian's, 0.7.2 in Debian 12, the oldest the recipe supports; scripts/install-e2e.sh installs it.
// Neovim runs headless with no user configuration, the recipe as its only init file, and the
// server found on PATH as `cxgov-language-server`, as `npm i -g cxgov-language-server` puts it.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli.js';
import { ROOT, SAMPLES_DIR } from './paths.js';
import { NVIM, RECIPE, runNeovimProbe } from './neovimRun.js';

const PROBE = join(ROOT, 'test/e2e/neovimProbe.lua');
/** `owner: john-smith` on line 6 of governance/kpis.yaml (LSP positions count from 0). */
const OWNER_REFERENCE = { line: 5, character: 14 };
const LSP_SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

interface LintProblem { rule: string; severity: string; file: string; line: number; column: number; message: string }
interface Seen {
  version: string;
  arrived: boolean;
  diagnostics: { line: number; column: number; rule: string; severity: number; message: string }[];
  definition?: { file: string; line: number };
  hover?: string;
  highlights: { line: number; column: number; kind: number }[];
  folds: string[];
  clients: number;
  notes: string[];
  error?: string;
}

describe('the Neovim recipe', () => {
  it('is shown verbatim in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes('```lua\n' + readFileSync(RECIPE, 'utf8') + '```\n'), 'README.md must show docs/editors/cxgov.lua verbatim in a lua block');
  });
});

describe('the Neovim recipe in a real Neovim (headless)', function () {
  this.timeout(30_000);
  let project: string;

  before(function () {
    if (!existsSync(NVIM)) {
      const why = `missing ${NVIM}; run: bash scripts/install-e2e.sh`;
      if (process.env.CI) throw new Error(`The end-to-end tests must run in CI: ${why}`);
      console.log(`    skipped: ${why}`);
      this.skip();
    }
    project = join(realpathSync(mkdtempSync(join(tmpdir(), 'cxgov-nvim-'))), 'every-rule');
    cpSync(join(SAMPLES_DIR, 'every-rule'), project, { recursive: true });
  });

  after(() => {
    if (project) rmSync(join(project, '..'), { recursive: true, force: true });
  });

  it('shows what cxgov lint reports, goes to definitions, hovers, highlights and folds, shares one server per project, starts none elsewhere and writes the handbook', () => {
    const lint = runCli(['lint', 'governance/kpis.yaml', '--format', 'json'], project);
    const problems = (JSON.parse(lint.stdout) as { problems: LintProblem[] }).problems.filter((p) => p.file === 'governance/kpis.yaml');
    assert.ok(problems.length > 0, `cxgov lint found nothing in governance/kpis.yaml:\n${lint.stdout}${lint.stderr}`);

    const outside = join(project, '..', 'elsewhere.yaml');
    writeFileSync(outside, 'name: not a cxgov project\n');
    const seen = runNeovimProbe<Seen>(project, PROBE, 'governance/kpis.yaml', {
      CXGOV_PROBE_EXPECTED: String(problems.length),
      CXGOV_PROBE_POSITION: JSON.stringify(OWNER_REFERENCE),
      CXGOV_PROBE_SECOND: 'governance/owners.yaml',
      CXGOV_PROBE_OUTSIDE: outside,
    });
    const context = `Neovim ${seen.version}: ${JSON.stringify(seen, null, 1)}`;
    assert.equal(seen.error, undefined, context);

    const byPlace = <T extends { line: number; column: number; rule: string }>(a: T, b: T) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
    assert.deepEqual(
      seen.diagnostics.sort(byPlace),
      problems.map((p) => ({ line: p.line, column: p.column, rule: p.rule, severity: LSP_SEVERITY[p.severity], message: p.message })).sort(byPlace),
      context,
    );
    assert.deepEqual(seen.definition, { file: join(project, 'governance/owners.yaml'), line: 10 }, context);
    assert.match(seen.hover ?? '', /john-smith/, context);
    assert.deepEqual(seen.highlights, [{ line: 6, column: 12, kind: 2 }, { line: 40, column: 12, kind: 2 }], `the owner's two references in the file, as reads; ${context}`);
    assert.ok(seen.folds.includes('1-' + String(readFileSync(join(project, 'governance/kpis.yaml'), 'utf8').trimEnd().split('\n').length)), `a fold for the kpis section; ${context}`);
    assert.ok(seen.folds.some((fold) => fold.startsWith('3-')), `a fold for the first KPI entry; ${context}`);
    assert.equal(seen.clients, 1, `two files of one project share one server, a YAML file outside it gets none; ${context}`);
    assert.deepEqual(seen.notes.map((note) => note.replace(/\d+ pages/, 'N pages')), [`cxgov: wrote N pages to ${join(project, 'handbook')}`], context);
    assert.ok(existsSync(join(project, 'handbook/index.md')), `no handbook/index.md; ${context}`);
  });
});
