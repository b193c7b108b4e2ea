// Promise: nothing in a governance repository or its cxgov.yaml makes cxgov run code or reach the
// network. Bait: config keys that other tools use to load plugins, YAML tags that some parsers
// execute, and URLs in `$schema`/`$ref`; a marker file shows whether the bait ran, a local HTTP
// server counts whether anything was fetched.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/runCli.js';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { tempProject } from '../helpers/tempProject.js';

describe('robustness: no code runs from the repository, nothing is fetched', () => {
  let server: Server;
  let requests = 0;
  let url = '';
  let project: ReturnType<typeof tempProject>;
  const marker = () => join(project.root, 'PWNED');

  before(async () => {
    server = createServer((_, response) => {
      requests += 1;
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const evil = `import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify('PWNED')}, 'ran'); fetch(${JSON.stringify(url)});\n`;
    project = tempProject({
      'cxgov.yaml': `name: bait\n$schema: ${url}/schema.json\nplugins: ["./evil.mjs"]\nextends: ./evil.mjs\nrules:\n  kpi-no-owner: error\n`,
      'evil.mjs': evil,
      'governance/evil.mjs': evil,
      'governance/owners.yaml': `$schema: ${url}/source.json\nowners:\n  - id: a\n    name: !!js/function "function () { require('fs').writeFileSync('PWNED', 'ran') }"\n    type: role\n    $ref: ${url}/ref.json\n`,
      'governance/values.yaml': `values:\n  - id: v\n    name: !include ./evil.mjs\n    description: !<tag:yaml.org,2002:js/undefined> x\n`,
    });
  });
  after(() => {
    server.close();
    project.cleanup();
  });

  it('lint and handbook read the bait as data and report it', () => {
    const lint = runCli(['lint', '--format', 'json'], project.root);
    assert.equal(lint.status, 2, 'unknown keys in cxgov.yaml are configuration errors');
    assert.match(lint.stderr, /cxgov\.yaml:3:\d+: .*plugins/);
    const handbook = runCli(['handbook'], project.root);
    assert.equal(handbook.status, 2);
    assert.equal(existsSync(marker()), false, 'the bait ran');
    assert.equal(requests, 0, 'something was fetched');
  });

  it('the language server reads the bait as data too', async () => {
    const client = new LspClient();
    try {
      await client.start(project.root);
      const owners = join(project.root, 'governance/owners.yaml');
      await client.open(owners, readFileSync(owners, 'utf8'));
      await client.diagnosticsOf(join(project.root, 'cxgov.yaml'), (found) => found.length > 0);
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: fileUri(owners) }, position: { line: 3, character: 12 } });
      assert.ok(client.alive);
    } finally {
      await client.stop();
    }
    assert.equal(existsSync(marker()), false, 'the bait ran');
    assert.equal(requests, 0, 'something was fetched');
  });

  it('the extension says so honestly: supported in untrusted workspaces, and no workspace can choose the server program', () => {
    const manifest = JSON.parse(readFileSync(fileURLToPath(new URL('../../../extension/package.json', import.meta.url)), 'utf8')) as {
      capabilities: { untrustedWorkspaces: { supported: boolean } };
      contributes: { configuration: { properties: Record<string, { scope?: string }> } };
    };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    // The one setting that starts a program: user (machine) settings only.
    assert.equal(manifest.contributes.configuration.properties['cxgov.server.path']?.scope, 'machine');
  });
});
