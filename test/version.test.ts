import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { VERSION as LIBRARY_VERSION } from 'cxgov';
import { BUNDLED_SERVER, LspClient, SERVER_BIN } from './helpers/lspClient.js';
import { runCli } from './helpers/runCli.js';
import { withTempProject } from './helpers/withTempProject.js';

/** The one version: library/package.json's. */
const VERSION = manifest('library').version;

function manifest(folder: string): { version: string } {
  return JSON.parse(readFileSync(new URL(`../../${folder}/package.json`, import.meta.url), 'utf8')) as { version: string };
}

describe('one version, from library/package.json', () => {
  it("is the library's VERSION, and the version of the server and extension packages too, released together", () => {
    assert.match(VERSION, /^\d+\.\d+\.\d+/);
    assert.equal(LIBRARY_VERSION, VERSION);
    assert.equal(manifest('server').version, VERSION, 'server/package.json');
    assert.equal(manifest('extension').version, VERSION, 'extension/package.json');
  });

  it('is what `cxgov --version` prints', () => {
    const run = runCli(['--version'], process.cwd());
    assert.equal(run.stdout, `${VERSION}\n`);
    assert.equal(runCli(['lint', '--version'], process.cwd()).stdout, `${VERSION}\n`);
  });

  it('is what the server prints, from the repository and bundled in the extension', () => {
    for (const server of [SERVER_BIN, BUNDLED_SERVER]) {
      const run = spawnSync(process.execPath, [server, '--version'], { encoding: 'utf8' });
      assert.equal(run.stdout, `${VERSION}\n`, server);
    }
  });

  it('is the serverInfo.version the server gives at initialize', async () => {
    const client = new LspClient();
    try {
      const result = (await client.start()) as InitializeResult;
      assert.equal(result.serverInfo?.version, VERSION);
    } finally {
      await client.stop();
    }
  });

  it("is SARIF's tool version, and part of the cache key", () => {
    // The user cache folder, where the cache's signing key is kept.
    const cacheHome = mkdtempSync(join(tmpdir(), 'cxgov-home-'));
    try {
      withTempProject({ 'cxgov.yaml': 'name: Versioned\n', 'governance/owners.yaml': 'owners: []\n' }, (root) => {
        const run = runCli(['lint', '--format', 'sarif', '--cache'], root, { XDG_CACHE_HOME: cacheHome });
        const sarif = JSON.parse(run.stdout) as { runs: { tool: { driver: { name: string; version: string } } }[] };
        assert.deepEqual([sarif.runs[0]!.tool.driver.name, sarif.runs[0]!.tool.driver.version], ['cxgov', VERSION]);
        // The cache is signed, not encrypted: its key is readable in the file.
        assert.ok(readFileSync(join(root, '.cxgov-cache')).includes(`cxgov ${VERSION} build `));
      });
    } finally {
      rmSync(cacheHome, { recursive: true, force: true });
    }
  });
});
