// Promise: no command modifies a source file unless the user asked for a fix. Every command runs
// on a copy of the sample; every file outside the handbook folder keeps its bytes.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/runCli.js';
import { LspClient } from '../helpers/lspClient.js';

const SAMPLE = fileURLToPath(new URL('../../../samples/every-rule', import.meta.url));

function fingerprints(root: string, skip: string): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (path === skip) continue;
      if (entry.isDirectory()) walk(path);
      else seen.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return seen;
}

describe('robustness: nothing lost', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cxgov-nothing-lost-'));
    cpSync(SAMPLE, root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lint (every format), handbook, rules and explain leave every source as it was', () => {
    const handbook = join(root, 'handbook');
    const before = fingerprints(root, handbook);
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) runCli(['lint', '--format', format], root);
    runCli(['handbook', '--today', '2026-11-23'], root);
    runCli(['handbook', '--check'], root);
    runCli(['rules'], root);
    runCli(['explain', 'kpi-no-owner'], root);
    runCli(['init', '.'], root);
    assert.deepEqual(fingerprints(root, handbook), before);
  });

  it('the language server never writes a source, whatever it is asked, unless an edit is applied by the editor', async () => {
    const before = fingerprints(root, join(root, 'handbook'));
    const client = new LspClient();
    try {
      await client.start(root);
      await client.diagnosticsOf(join(root, 'governance/kpis.yaml'), (found) => found.length > 0);
      // Rename and code actions answer with edits for the editor to apply; the server applies none.
      const uri = `file://${join(root, 'governance/kpis.yaml')}`;
      await client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position: { line: 5, character: 12 }, newName: 'someone-else' });
      await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } }, context: { diagnostics: client.diagnostics.get(uri) ?? [] } });
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
    assert.deepEqual(fingerprints(root, join(root, 'handbook')), before);
  });
});
