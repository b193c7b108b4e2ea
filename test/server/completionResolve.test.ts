import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { tempProject } from '../helpers/tempProject.js';
import { cleanProject, endOf, open, startSession, type Session } from './featureProject.js';

const MANY = 150;

/** A project with more owners than completion describes inline. */
function manyOwners(): string {
  return `owners:\n${Array.from({ length: MANY }, (_, i) => `  - id: owner-${i}\n    name: Owner number ${i}\n    type: person\n`).join('')}`;
}

describe('server: completion of many ids, documented on resolve', () => {
  let session: Session;
  const file = 'governance/more.yaml';
  const text = 'kpis:\n  - id: extra\n    name: Extra\n    owner: owner-7\n    supports: [effortless]\n';

  before(async () => {
    session = await startSession(cleanProject({ 'governance/many-owners.yaml': manyOwners(), [file]: text }));
    await open(session, file);
  });

  after(async () => {
    await session.stop();
  });

  it('lists every owner with its name, and gives the documentation of the one the editor resolves', async () => {
    const result = await session.client.connection.sendRequest<CompletionItem[]>('textDocument/completion', { textDocument: { uri: session.uri(file) }, position: endOf(text, 'owner: ') });
    assert.ok(result.length >= MANY, `${result.length} items`);
    const seven = result.find((item) => item.label === 'owner-7')!;
    assert.equal(seven.detail, 'Owner number 7');
    assert.equal(seven.documentation, undefined, 'a long list is sent without documentation');
    const resolved = await session.client.connection.sendRequest<CompletionItem>('completionItem/resolve', seven);
    const docs = (resolved.documentation as MarkupContent).value;
    assert.match(docs, /Owner number 7/);
    assert.match(docs, /owns 1 KPI/i);
    assert.equal(resolved.label, 'owner-7');
  });

  it('answers a resolve it cannot place with the item unchanged', async () => {
    const item: CompletionItem = { label: 'x', data: { path: '/nowhere.yaml', offset: 0, kind: 'owner' } };
    assert.deepEqual(await session.client.connection.sendRequest('completionItem/resolve', item), item);
    assert.deepEqual(await session.client.connection.sendRequest('completionItem/resolve', { label: 'y', data: 'garbage' }), { label: 'y', data: 'garbage' });
  });
});

describe('server: completion lists for clients that take item defaults (LSP 3.17)', () => {
  let client: LspClient;
  let cleanup: () => void;
  let root: string;
  const file = 'governance/more.yaml';
  const text = 'kpis:\n  - id: extra\n    name: Extra\n    owner: owner-7\n    supports: [effortless]\n';

  before(async () => {
    ({ root, cleanup } = tempProject(cleanProject({ 'governance/many-owners.yaml': manyOwners(), [file]: text })));
    client = new LspClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: 'root' }],
      capabilities: { textDocument: { completion: { completionList: { itemDefaults: ['editRange', 'data'] } } } },
    });
    await client.connection.sendNotification('initialized', {});
    await client.diagnosticsOf(join(root, file));
    await client.open(join(root, file), text);
  });

  after(async () => {
    await client.stop();
    cleanup();
  });

  it('sends the edit range and the resolve data once, and each item with its id only', async () => {
    const position = endOf(text, 'owner: ');
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: fileUri(join(root, file)) }, position });
    assert.ok(!Array.isArray(list) && list.items.length >= MANY);
    assert.deepEqual(list.itemDefaults?.editRange, { start: position, end: { line: position.line, character: position.character + 'owner-7'.length } });
    const seven = list.items.find((item) => item.label === 'owner-7')!;
    assert.deepEqual(seven, { label: 'owner-7', kind: 18, detail: 'Owner number 7' });
    // The client resolves the item with the list's defaults filled in.
    const resolved = await client.connection.sendRequest<CompletionItem>('completionItem/resolve', { ...seven, data: list.itemDefaults?.data });
    assert.match((resolved.documentation as MarkupContent).value, /owns 1 KPI/i);
  });
});
