import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { VERSION } from 'cxgov';
import { LspClient } from '../helpers/lspClient.js';
import { installFromRelease, tarballName, type InstalledRelease } from './installFromRelease.js';

const SAMPLE = fileURLToPath(new URL('../../../samples/wow-retail', import.meta.url));

/** The files in a tarball `npm pack` made, relative to its package folder. */
function tarPaths(tarball: string): string[] {
  const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  return list.stdout.split('\n').filter(Boolean).map((path) => path.replace(/^package\//, ''));
}

describe('the npm packages of a release, installed from their tarballs far from this repository', function () {
  // The release (two packs, the extension's build and vsce) and an offline install: about 30 seconds on two shared cores.
  this.timeout(120_000);
  let installed: InstalledRelease;
  before(() => (installed = installFromRelease()));
  after(() => installed?.cleanup());

  function cxgov(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
    const run = spawnSync(join(installed.bin, 'cxgov'), args, {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}` },
      timeout: 60_000,
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  it('come out of the release, beside the extension, all at the one version', () => {
    assert.deepEqual(installed.released, [`cxgov-${VERSION}.tgz`, `cxgov-language-server-${VERSION}.tgz`, `cxgov-vscode-${VERSION}.vsix`]);
  });

  it('carry their licence and README, but no source maps, sources or tests', () => {
    for (const tarball of ['library', 'server'].map(tarballName)) {
      const paths = tarPaths(join(installed.release, tarball));
      assert.ok(paths.includes('LICENSE') && paths.includes('README.md'), `${tarball}: ${paths.join(', ')}`);
      assert.deepEqual(paths.filter((path) => /\.map$|\.test\.|(^|\/)src\//.test(path)), [], tarball);
    }
  });

  it('lint a copy of the wow-retail sample clean, and write its handbook', () => {
    const project = join(installed.home, 'wow-retail');
    cpSync(SAMPLE, project, { recursive: true });
    const lint = cxgov(['lint', '--today', '2026-11-23'], project);
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    const handbook = cxgov(['handbook', '--today', '2026-11-23', '--out', 'written'], project);
    assert.equal(handbook.status, 0, handbook.stderr);
    assert.ok(existsSync(join(project, 'written/index.md')), handbook.stdout);
  });

  it('init a project, with a package.json that names this cxgov, and lint it clean', () => {
    const project = join(installed.home, 'new-project');
    mkdirSync(project);
    const init = cxgov(['init'], project);
    assert.equal(init.status, 0, init.stderr);
    const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    assert.equal(manifest.devDependencies['cxgov'], `^${VERSION}`);
    const lint = cxgov(['lint'], project);
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  });

  it('explain a rule and list the rules', () => {
    const explain = cxgov(['explain', 'kpi-no-owner'], installed.home);
    assert.equal(explain.status, 0, explain.stderr);
    assert.match(explain.stdout, /^kpi-no-owner \(default: /);
    const rules = cxgov(['rules'], installed.home);
    assert.equal(rules.status, 0, rules.stderr);
    assert.match(rules.stdout, /^guardrail-cycle /m);
  });

  it('serve the language server over stdio: it answers initialize, then publishes the problems of a project', async () => {
    const project = join(installed.home, 'served');
    mkdirSync(join(project, 'governance'), { recursive: true });
    writeFileSync(join(project, 'cxgov.yaml'), 'name: Served\n');
    writeFileSync(join(project, 'governance/kpis.yaml'), 'kpis:\n  - id: nps\n    name: NPS\n    owner: nobody\n    category: outcome\n');
    const client = new LspClient(join(installed.bin, 'cxgov-language-server'));
    try {
      // A server that cannot start exits: fail then, rather than wait for an answer that never comes.
      const exited = client.exited.then((code) => Promise.reject(new Error(`the server exited (${code}): ${client.logs.join('')}`)));
      const result = (await Promise.race([client.start(project), exited])) as InitializeResult;
      assert.equal(result.serverInfo?.version, VERSION);
      assert.ok(result.capabilities.textDocumentSync, JSON.stringify(result));
      const problems = await Promise.race([client.diagnosticsOf(join(project, 'governance/kpis.yaml'), (found) => found.length > 0), exited]);
      assert.ok(problems.some((problem) => problem.code === 'unknown-reference' && problem.range.start.line === 3), JSON.stringify(problems));
    } finally {
      await client.stop();
    }
  });
});
