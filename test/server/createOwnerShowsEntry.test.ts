// The quick fix "Create owner" writes the owner into the owners file, then (where the client can
// show a document) has the server open that file at the new entry with `window/showDocument`.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeAction, Diagnostic, InitializeResult, ShowDocumentParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { tempProject } from '../helpers/tempProject.js';
import { applyEdits, cleanProject, KPIS, textIn } from './featureProject.js';

const KPIS_FILE = 'governance/kpis.yaml';
const OWNERS_FILE = 'governance/owners.yaml';

describe('server: "Create owner" opens the owners file at the new entry', function () {
  this.timeout(30_000);
  const cleanups: (() => void)[] = [];
  const clients: LspClient[] = [];

  after(async () => {
    for (const client of clients) await client.stop();
    for (const cleanup of cleanups) cleanup();
  });

  /** A server on a project whose first KPI names an owner nobody defined; the client shows documents or not. */
  async function start(showDocument: boolean): Promise<{ client: LspClient; root: string; commands: string[]; shown: Promise<ShowDocumentParams> }> {
    const { root, cleanup } = tempProject(cleanProject({ [KPIS_FILE]: KPIS.replace('owner: support-lead', 'owner: quality-coach') }));
    cleanups.push(cleanup);
    const client = new LspClient();
    clients.push(client);
    if (showDocument) client.window = { workDoneProgress: true, showDocument: { support: true } };
    const shown = new Promise<ShowDocumentParams>((resolve) =>
      client.connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
        resolve(params);
        return { success: true };
      }),
    );
    const { capabilities } = (await client.start(root)) as InitializeResult;
    const provider = capabilities.executeCommandProvider;
    return { client, root, commands: provider?.commands ?? [], shown };
  }

  async function createOwnerAction(client: LspClient, root: string): Promise<CodeAction> {
    const path = join(root, KPIS_FILE);
    const found = await client.diagnosticsOf(path, (list) => list.some((diagnostic) => diagnostic.code === 'unknown-reference'));
    const diagnostic = found.find((candidate) => candidate.code === 'unknown-reference') as Diagnostic;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: fileUri(path) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const create = actions.find((action) => action.title === "Create owner 'quality-coach'");
    assert.ok(create, `no "Create owner" among ${actions.map((action) => action.title).join(', ')}`);
    return create;
  }

  /** Applies a workspace edit to the files on disk, as an editor saving it would. */
  function applyToFiles(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const path = fileURLToPath(uri);
      writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), edits));
    }
  }

  it('asks the client to show the new owner, its id selected, once the edit is made', async () => {
    const { client, root, commands, shown } = await start(true);
    const create = await createOwnerAction(client, root);
    assert.ok(create.command, 'the action has no command');
    assert.ok(commands.includes(create.command.command), `the server does not offer to run ${create.command.command}`);
    // An editor makes the edit, then runs the command.
    applyToFiles(create.edit!);
    await client.connection.sendRequest('workspace/executeCommand', { command: create.command.command, arguments: create.command.arguments });
    const request = await shown;
    assert.equal(request.uri, fileUri(join(root, OWNERS_FILE)));
    assert.equal(request.takeFocus, true);
    const owners = readFileSync(join(root, OWNERS_FILE), 'utf8');
    assert.equal(textIn(owners, request.selection!), 'quality-coach');
    assert.equal(owners.split('\n')[request.selection!.start.line], '  - id: quality-coach');
  });

  it('refuses a command whose arguments are no file location, and says why', async () => {
    const { client } = await start(true);
    const said = new Promise<string>((resolve) => client.connection.onNotification('window/showMessage', (params: { message: string }) => resolve(params.message)));
    for (const args of [[], [42], [{ uri: 'https://example.com/x.yaml', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }]]) {
      assert.equal(await client.connection.sendRequest('workspace/executeCommand', { command: 'cxgov.showEntry', arguments: args }), null);
    }
    assert.match(await said, /cxgov\.showEntry takes a location/);
  });

  it('gives no command to a client that cannot show a document', async () => {
    const { client, root } = await start(false);
    const create = await createOwnerAction(client, root);
    assert.equal(create.command, undefined);
    assert.ok(create.edit);
  });
});
