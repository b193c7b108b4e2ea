import { strict as assert } from 'node:assert';
import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-languageserver-protocol/node.js';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';
import { GenerateHandbookRequest, NewProjectRequest } from 'cxgov-language-server/protocol';
import { fileUri, LspClient, SERVER_BIN } from '../helpers/lspClient.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

const OWNERS = 'owners:\n  - id: support-lead\n    name: Sam Rivera\n    type: person\n';
const KPI = 'kpis:\n  - id: nps\n    name: Net promoter score\n    owner: support-lead\n';

describe('server: lifecycle', () => {
  let client: LspClient;
  let cleanups: (() => void)[] = [];

  beforeEach(() => {
    client = new LspClient();
  });

  afterEach(async () => {
    await client.stop();
    cleanups.forEach((cleanup) => cleanup());
    cleanups = [];
  });

  function project(): string {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/owners.yaml': OWNERS, 'governance/kpis.yaml': KPI });
    cleanups.push(cleanup);
    return root;
  }

  it('prints its version and help on the command line', () => {
    const version = spawnSync(process.execPath, [SERVER_BIN, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
    const help = spawnSync(process.execPath, [SERVER_BIN, '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--stdio/);
  });

  it('initializes over --stdio with the capabilities every feature needs, then shuts down and exits cleanly', async () => {
    const result = (await client.start(project())) as InitializeResult;
    const capabilities = result.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(capabilities.completionProvider?.triggerCharacters, [':', ' ', '[', ',', '-']);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    // Its own requests are cxgov/…, not commands a client would register as editor commands; the
    // one command it runs is what "Create owner" carries to show the new entry (no client command has its id).
    assert.deepEqual(capabilities.executeCommandProvider, { commands: ['cxgov.showEntry'] });
    for (const provider of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentSymbolProvider', 'workspaceSymbolProvider'] as const) {
      assert.ok(capabilities[provider], provider);
    }
    assert.equal(result.serverInfo?.name, 'cxgov-language-server');
    assert.equal(await client.connection.sendRequest('shutdown'), null);
    await client.connection.sendNotification('exit');
    assert.equal(await client.exited, 0);
  });

  it('initializes over --node-ipc, as the VS Code extension starts it', async () => {
    const child = fork(SERVER_BIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    try {
      const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} })) as InitializeResult;
      assert.equal(result.serverInfo?.name, 'cxgov-language-server');
      await connection.sendRequest('shutdown');
    } finally {
      connection.dispose();
      child.kill();
    }
  });

  it('reports work-done progress while it indexes, and publishes before it ends', async () => {
    const root = project();
    const kinds: string[] = [];
    let publishedBeforeEnd = false;
    client.connection.onNotification('$/progress', (params: { value: { kind: string } }) => {
      kinds.push(params.value.kind);
      if (params.value.kind === 'end') publishedBeforeEnd = client.diagnostics.has(fileUri(join(root, 'governance/kpis.yaml')));
    });
    await client.start(root);
    await client.diagnosticsOf(join(root, 'governance/kpis.yaml'));
    await client.connection.sendRequest('workspace/symbol', { query: 'nothing' });
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(publishedBeforeEnd);
  });

  it('keeps answering after requests for unknown files and positions past the end', async () => {
    const root = project();
    await client.start(root);
    const kpis = join(root, 'governance/kpis.yaml');
    await client.diagnosticsOf(kpis);
    await client.open(kpis, KPI);
    const far = { line: 9_999, character: 9_999 };
    const targets = [fileUri(kpis), fileUri(join(root, 'nowhere.yaml')), 'untitled:Untitled-1', 'not a uri'];
    const requests = targets.flatMap((uri) => {
      const textDocument = { uri };
      return [
        ['textDocument/hover', { textDocument, position: far }],
        ['textDocument/completion', { textDocument, position: far }],
        ['textDocument/definition', { textDocument, position: far }],
        ['textDocument/references', { textDocument, position: far, context: { includeDeclaration: true } }],
        ['textDocument/prepareRename', { textDocument, position: far }],
        ['textDocument/rename', { textDocument, position: far, newName: 'x' }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/codeAction', { textDocument, range: { start: far, end: far }, context: { diagnostics: [] } }],
        ['textDocument/codeLens', { textDocument }],
        [GenerateHandbookRequest.method, { uri, position: far }],
      ] as const;
    });
    // Answers or errors are both fine: what matters is that every request gets one and the server lives on.
    await Promise.allSettled(requests.map(([method, params]) => client.connection.sendRequest(method, params)));
    await client.connection.sendRequest('workspace/symbol', { query: '' }).catch(() => undefined);
    for (const params of [null, 42, { folder: 42 }, { uri: ['x'], position: 'top' }]) {
      await client.connection.sendRequest(NewProjectRequest.method, params).catch(() => undefined);
      await client.connection.sendRequest(GenerateHandbookRequest.method, params).catch(() => undefined);
    }
    assert.ok(client.alive);
    await expectLiveDiagnostics(client, root);
  });

  it('survives a malformed edit sequence', async () => {
    const root = project();
    await client.start(root);
    const kpis = join(root, 'governance/kpis.yaml');
    const uri = fileUri(kpis);
    await client.diagnosticsOf(kpis);
    const change = (params: unknown) => client.connection.sendNotification('textDocument/didChange', params);
    await change({ textDocument: { uri, version: 2 }, contentChanges: [{ text: 'before open' }] });
    await client.open(kpis, KPI);
    await client.open(kpis, KPI);
    await change({ textDocument: { uri }, contentChanges: [{ text: 'no version' }] });
    await change({ textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 500, character: 3 }, end: { line: 2, character: 0 } }, text: 'x' }] });
    await change({ textDocument: { uri, version: 4 }, contentChanges: [{ range: { start: { line: -1, character: -5 }, end: { line: 1e9, character: 1e9 } }, text: KPI }] });
    await change({ textDocument: { uri, version: 5 }, contentChanges: [{ nonsense: true }] });
    await change({ textDocument: { uri, version: 1 }, contentChanges: [{ text: '\u0000\uFFFF: [' }] });
    await client.close(join(root, 'never-opened.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///', type: 3 }, { uri: 'bogus', type: 9 }] });
    assert.ok(client.alive);
    await expectLiveDiagnostics(client, root);
  });

  it('scaffolds a new project with cxgov/newProject, and never overwrites one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxgov-new-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    await client.start(folder);
    const created = await client.connection.sendRequest(NewProjectRequest, { folder: fileUri(folder) });
    assert.ok(created?.created.includes('cxgov.yaml'), JSON.stringify(created));
    assert.ok(existsSync(join(folder, 'governance/kpis.yaml')));
    // The new project is checked at once: its sources get (empty) diagnostics.
    await client.diagnosticsOf(join(folder, 'governance/kpis.yaml'));

    const before = readFileSync(join(folder, 'cxgov.yaml'), 'utf8');
    const again = await client.connection.sendRequest(NewProjectRequest, { folder });
    assert.deepEqual(again?.created, []);
    assert.ok(again?.existing.includes('cxgov.yaml'));
    assert.equal(readFileSync(join(folder, 'cxgov.yaml'), 'utf8'), before);
  });
});

/** Proves the server still works: an edit that breaks a reference is reported, and undoing it clears it. */
async function expectLiveDiagnostics(client: LspClient, root: string): Promise<void> {
  const owners = join(root, 'governance/owners.yaml');
  const kpis = join(root, 'governance/kpis.yaml');
  const unknown = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.code === 'unknown-reference');
  await client.open(owners, OWNERS, 10);
  await client.change(kpis, KPI, 100);
  await client.change(owners, 'owners: []\n', 11);
  await client.diagnosticsOf(kpis, unknown);
  await client.change(owners, OWNERS, 12);
  await client.diagnosticsOf(kpis, (diagnostics) => !unknown(diagnostics));
}
