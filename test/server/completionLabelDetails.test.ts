import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { tempProject } from '../helpers/tempProject.js';
import { cleanProject, endOf } from './featureProject.js';

const MANY = 150;

/** A project with more owners than completion describes inline. */
function manyOwners(): string {
  return `owners:\n${Array.from({ length: MANY }, (_, i) => `  - id: owner-${i}\n    name: Owner number ${i}\n    type: person\n`).join('')}`;
}

const FILE = 'governance/more.yaml';
const TEXT = 'kpis:\n  - id: extra\n    name: Extra\n    owner: owner-7\n    supports: [effortless]\n    guardrails: [first-contact-resolution]\n';

/** A server on a project with many owners, for a client that shows label details (and takes item defaults, or not). */
async function started(completion: Record<string, unknown>): Promise<{ client: LspClient; root: string; cleanup: () => void }> {
  const { root, cleanup } = tempProject(cleanProject({ 'governance/many-owners.yaml': manyOwners(), [FILE]: TEXT }));
  const client = new LspClient();
  await client.connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: fileUri(root),
    workspaceFolders: [{ uri: fileUri(root), name: 'root' }],
    capabilities: { textDocument: { completion } },
  });
  await client.connection.sendNotification('initialized', {});
  await client.diagnosticsOf(join(root, FILE));
  await client.open(join(root, FILE), TEXT);
  return { client, root, cleanup };
}

async function completeAt(client: LspClient, root: string, position: Position): Promise<{ items: CompletionItem[]; list?: CompletionList }> {
  const result = await client.connection.sendRequest<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: fileUri(join(root, FILE)) }, position });
  return Array.isArray(result) ? { items: result } : { items: result.items, list: result };
}

describe('server: completion shows each id with its name beside it (label details)', () => {
  let client: LspClient;
  let root: string;
  let cleanup: () => void;

  before(async () => {
    ({ client, root, cleanup } = await started({ completionItem: { labelDetailsSupport: true }, completionList: { itemDefaults: ['editRange', 'data'] } }));
  });

  after(async () => {
    await client.stop();
    cleanup();
  });

  it('names every owner of a long, compacted list, and still documents the one the editor resolves', async () => {
    const { items, list } = await completeAt(client, root, endOf(TEXT, 'owner: '));
    assert.ok(list?.itemDefaults?.editRange, 'the long list is sent with item defaults');
    assert.ok(items.length >= MANY, `${items.length} items`);
    for (const item of items) assert.ok(item.labelDetails?.detail?.startsWith(' — '), `${item.label}: ${JSON.stringify(item.labelDetails)}`);
    const seven = items.find((item) => item.label === 'owner-7')!;
    assert.deepEqual(seven.labelDetails, { detail: ' — Owner number 7' });
    assert.equal(seven.detail, 'Owner number 7');
    const resolved = await client.connection.sendRequest<CompletionItem>('completionItem/resolve', { ...seven, data: list?.itemDefaults?.data });
    assert.match((resolved.documentation as MarkupContent).value, /owns 1 KPI/i);
    assert.deepEqual(resolved.labelDetails, { detail: ' — Owner number 7' });
  });

  it('names the pillars and the KPIs of short lists too', async () => {
    const pillars = await completeAt(client, root, endOf(TEXT, 'supports: ['));
    assert.deepEqual(pillars.items.find((item) => item.label === 'trusted')?.labelDetails, { detail: ' — Trusted' });
    const kpis = await completeAt(client, root, endOf(TEXT, 'guardrails: ['));
    assert.deepEqual(kpis.items.find((item) => item.label === 'customer-effort-score')?.labelDetails, { detail: ' — Customer effort score' });
  });
});

describe('server: completion for a client without label details', () => {
  let client: LspClient;
  let root: string;
  let cleanup: () => void;

  before(async () => {
    ({ client, root, cleanup } = await started({}));
  });

  after(async () => {
    await client.stop();
    cleanup();
  });

  it('gives the name as the detail only', async () => {
    const { items } = await completeAt(client, root, endOf(TEXT, 'supports: ['));
    const trusted = items.find((item) => item.label === 'trusted')!;
    assert.equal(trusted.detail, 'Trusted');
    assert.equal(trusted.labelDetails, undefined);
  });
});
