import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DidChangeWatchedFilesNotification, type Diagnostic, type RegistrationParams } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

const OWNERS = 'owners:\n  - id: support-lead\n    name: Sam Rivera\n    type: person\n';
const DUPLICATE = OWNERS.replace('Sam Rivera', 'Sam again');
const duplicated = (diagnostics: Diagnostic[]) => diagnostics.some((diagnostic) => diagnostic.code === 'duplicate-id');
/** A source written on disk after start-up, which repeats the owner of owners.yaml. */
const LATER = 'governance/team/owners.yaml';

// The server is the one that asks for file events (the VS Code client no longer watches on its
// own): it registers its watchers when the client can take them, and takes events either way.
describe('server: file watching', () => {
  let client: LspClient;
  let cleanup: () => void;
  let root: string;
  let registrations: RegistrationParams['registrations'];

  beforeEach(() => {
    ({ root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/owners.yaml': OWNERS }));
    client = new LspClient();
    registrations = [];
    client.connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      registrations.push(...params.registrations);
      return null;
    });
  });
  afterEach(async () => {
    await client.stop();
    cleanup();
  });

  it('asks a client that registers dynamically to watch YAML sources, cxgov.yaml and deletions', async () => {
    await client.start(root);
    // The server registers before it indexes: the registration arrives before the first diagnostics.
    await client.diagnosticsOf(join(root, 'governance/owners.yaml'));
    const watching = registrations.filter((registration) => registration.method === DidChangeWatchedFilesNotification.method);
    assert.equal(watching.length, 1, 'one watcher registration, not two');
    const globs = (watching[0]!.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((watcher) => watcher.globPattern);
    assert.deepEqual(globs, ['**/*.{yaml,yml}', '**/cxgov.yaml', '**/*']);

    await writeLater(client, root);
  });

  it('registers nothing with a client that cannot, and still takes the file events it sends', async () => {
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(root),
      workspaceFolders: [{ uri: fileUri(root), name: 'project' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } },
    });
    await client.connection.sendNotification('initialized', {});
    await client.diagnosticsOf(join(root, 'governance/owners.yaml'));

    await writeLater(client, root);
    assert.deepEqual(registrations, []);
  });
});

/** Writes a source on disk, tells the server as an editor's watcher would, and waits for its problem. */
async function writeLater(client: LspClient, root: string): Promise<void> {
  const path = join(root, LATER);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, DUPLICATE);
  await client.filesChanged({ path, type: 'created' });
  await client.diagnosticsOf(path, duplicated);
}
