// Completion of an id among more than a thousand: the server filters by what is typed, sends the
// most relevant at most, and says the list is incomplete, so that the editor asks again as the
// user types (as rust-analyzer and tsserver do with long lists).
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { tempProject } from '../helpers/tempProject.js';
import { cleanProject, endOf } from './featureProject.js';

const OWNERS = 1_200;

/** 1,200 owners, and last of all the one that most KPIs name. */
function manyOwners(): string {
  const owners = Array.from({ length: OWNERS }, (_, i) => `  - id: owner-${i}\n    name: Owner number ${i}\n    type: person\n`);
  return `owners:\n${owners.join('')}  - id: zz-busiest\n    name: The busiest owner\n    type: team\n`;
}

/** Five KPIs owned by zz-busiest. */
const BUSY = `kpis:\n${Array.from({ length: 5 }, (_, i) => `  - id: busy-${i}\n    name: Busy ${i}\n    owner: zz-busiest\n    supports: [effortless]\n`).join('')}`;

const FILE = 'governance/typing.yaml';
/** The file being typed in defines an owner of its own. */
const BEFORE = 'owners:\n  - id: local-owner\n    name: Local owner\n    type: person\nkpis:\n  - id: extra\n    name: Extra\n    supports: [effortless]\n    owner: ';

describe('server: completion among 1,200 owners', function () {
  this.timeout(60_000);
  let client: LspClient;
  let root: string;
  let cleanup: () => void;
  let version = 1;

  before(async () => {
    ({ root, cleanup } = tempProject(cleanProject({ 'governance/many-owners.yaml': manyOwners(), 'governance/busy.yaml': BUSY, [FILE]: `${BEFORE}\n` })));
    client = new LspClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: 'root' }],
      capabilities: { textDocument: { completion: { completionItem: { labelDetailsSupport: true }, completionList: { itemDefaults: ['editRange', 'data'] } } } },
    });
    await client.connection.sendNotification('initialized', {});
    await client.diagnosticsOf(join(root, FILE));
    await client.open(join(root, FILE), `${BEFORE}\n`);
  });

  after(async () => {
    await client.stop();
    cleanup();
  });

  /** Types `typed` after "owner: " and asks for completion at its end. */
  async function completeAfter(typed: string): Promise<CompletionList> {
    const text = `${BEFORE}${typed}\n`;
    await client.change(join(root, FILE), text, ++version);
    const result = await client.connection.sendRequest<CompletionItem[] | CompletionList>('textDocument/completion', { textDocument: { uri: fileUri(join(root, FILE)) }, position: endOf(text, `owner: ${typed}`) });
    assert.ok(!Array.isArray(result), 'a long list comes as a CompletionList');
    return result;
  }

  const labels = (list: CompletionList) => list.items.map((item) => item.label);

  it('with nothing typed: cut, incomplete, and the most relevant first (the file\'s own, then the most named)', async () => {
    const list = await completeAfter('');
    assert.equal(list.isIncomplete, true);
    assert.ok(list.items.length >= 50 && list.items.length < OWNERS / 2, `${list.items.length} items`);
    const names = labels(list);
    assert.equal(names[0], 'local-owner');
    assert.equal(names[1], 'zz-busiest');
    assert.deepEqual(names.slice(2, 4).sort(), ['head-of-cx', 'support-lead'], 'the owners the other files name');
    for (const item of list.items) assert.ok(item.labelDetails?.detail?.startsWith(' — '), `${item.label}: ${JSON.stringify(item.labelDetails)}`);
  });

  it('filters by the typed prefix: every owner whose id starts with it, and no other', async () => {
    const list = await completeAfter('owner-11');
    assert.equal(list.isIncomplete, true, 'deleting a letter needs a new list');
    const expected = ['owner-11', ...Array.from({ length: 10 }, (_, i) => `owner-11${i}`), ...Array.from({ length: 100 }, (_, i) => `owner-11${String(i).padStart(2, '0')}`)];
    assert.deepEqual([...labels(list)].sort(), expected.sort());
    assert.deepEqual(list.items.find((item) => item.label === 'owner-115')?.labelDetails, { detail: ' — Owner number 115' });
  });

  it('narrows as the user types on', async () => {
    const list = await completeAfter('owner-119');
    assert.deepEqual([...labels(list)].sort(), ['owner-119', ...Array.from({ length: 10 }, (_, i) => `owner-119${i}`)].sort());
  });

  it('finds an owner by a word of its id, and still documents an item of a cut list on resolve', async () => {
    const list = await completeAfter('busi');
    assert.equal(labels(list)[0], 'zz-busiest');
    const resolved = await client.connection.sendRequest<CompletionItem>('completionItem/resolve', { ...list.items[0], data: list.itemDefaults?.data ?? list.items[0]!.data });
    assert.match((resolved.documentation as MarkupContent).value, /owns 5 KPIs/i);
  });

  it('offers nothing when nothing matches, and says the list may change', async () => {
    const list = await completeAfter('qqq');
    assert.deepEqual(list.items, []);
    assert.equal(list.isIncomplete, true);
  });
});
