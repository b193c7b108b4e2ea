import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ShowMessageNotification } from 'vscode-languageserver-protocol';
import { GenerateHandbookRequest, type GenerateHandbookParams } from 'cxgov-language-server/protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';

const SAMPLE = fileURLToPath(new URL('../../../samples/wow-retail', import.meta.url));

describe('server: cxgov/generateHandbook', () => {
  let root: string;
  let client: LspClient;
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'cxgov-server-handbook-'));
    cpSync(SAMPLE, root, { recursive: true });
    rmSync(join(root, 'handbook'), { recursive: true, force: true });
    client = new LspClient();
    await client.start(root);
    await client.diagnosticsOf(join(root, 'governance/kpis.yaml'));
  });
  afterEach(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  const generate = (params: GenerateHandbookParams = {}) => client.connection.sendRequest(GenerateHandbookRequest, params);

  /** Opens kpis.yaml with an unsaved edit, then generates with the cursor on the id of repeat-purchase-rate. */
  async function generateAtRepeatPurchaseRate(edit: (text: string) => string) {
    const kpis = join(root, 'governance/kpis.yaml');
    const text = readFileSync(kpis, 'utf8');
    await client.open(kpis, edit(text));
    const line = text.split('\n').findIndex((row) => row.includes('id: repeat-purchase-rate'));
    return { kpis, text, result: await generate({ uri: fileUri(kpis), position: { line, character: 12 } }) };
  }

  it('writes the handbook of the project, from the editor text, and names the page of the entry under the cursor', async () => {
    // An unsaved edit: the handbook shows the project as the editor sees it.
    const { kpis, text, result } = await generateAtRepeatPurchaseRate((text) => text.replace('name: Net Promoter Score', 'name: Net Promoter Score (edited)'));
    assert.ok(result, 'no result');
    assert.equal(result.folder, join(root, 'handbook'));
    assert.ok(result.pages.includes(join(root, 'handbook/kpis.md')), result.pages.join(', '));
    assert.deepEqual(result.page, { file: join(root, 'handbook/kpis.md'), anchor: 'repeat-purchase-rate' });
    assert.match(readFileSync(join(root, 'handbook/kpis.md'), 'utf8'), /Net Promoter Score \(edited\)/);
    assert.equal(readFileSync(kpis, 'utf8'), text, 'the source on disk is untouched');
  });

  it('opens the entry under the cursor at its own anchor when another entry has the same name', async () => {
    // Net Promoter Score is written first: the second heading of that name is numbered as GitHub numbers it.
    const { result } = await generateAtRepeatPurchaseRate((text) => text.replace('name: Repeat purchase rate', 'name: Net Promoter Score'));
    assert.deepEqual(result?.page, { file: join(root, 'handbook/kpis.md'), anchor: 'net-promoter-score-1' });
    assert.match(readFileSync(join(root, 'handbook/kpis.md'), 'utf8'), /^### Net Promoter Score\n\n<sub>`id: repeat-purchase-rate`<\/sub>$/m);
  });

  it('opens the entry whose lines hold the cursor, also in their indentation or at the end of a line', async () => {
    const kpis = join(root, 'governance/kpis.yaml');
    const lines = readFileSync(kpis, 'utf8').split('\n');
    const id = lines.findIndex((row) => row.includes('id: repeat-purchase-rate'));
    const name = lines.findIndex((row, line) => line > id && row.includes('name: Repeat purchase rate'));
    const expected = { file: join(root, 'handbook/kpis.md'), anchor: 'repeat-purchase-rate' };
    for (const position of [{ line: id, character: 0 }, { line: name, character: 1 }, { line: name, character: lines[name]!.length }]) {
      const result = await generate({ uri: fileUri(kpis), position });
      assert.deepEqual(result?.page, expected, `at ${position.line + 1}:${position.character + 1}`);
    }
  });

  it('names the front page away from any entry, and refuses a folder it did not write', async () => {
    const result = await generate({ uri: fileUri(join(root, 'cxgov.yaml')) });
    assert.deepEqual(result?.page, { file: join(root, 'handbook/index.md') });

    rmSync(join(root, 'handbook'), { recursive: true });
    cpSync(join(root, 'governance'), join(root, 'handbook'), { recursive: true });
    writeFileSync(join(root, 'handbook/notes.md'), 'mine\n');
    assert.equal(await generate(), null);
    assert.ok(existsSync(join(root, 'handbook/notes.md')));
    assert.ok(client.alive);
  });

  it('says so, and writes nothing, when asked for a document that is not a file', async () => {
    const messages: string[] = [];
    client.connection.onNotification(ShowMessageNotification.type, ({ message }) => messages.push(message));
    assert.equal(await generate({ uri: 'untitled:Untitled-1' }), null);
    assert.deepEqual(messages, ['cxgov: "untitled:Untitled-1" is not a file: give a file: URI or an absolute path.']);
    assert.equal(existsSync(join(root, 'handbook')), false);
  });
});
