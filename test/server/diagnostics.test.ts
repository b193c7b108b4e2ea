import { strict as assert } from 'node:assert';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { MINIMAL_CONFIG, tempProject, type ProjectFiles } from '../helpers/tempProject.js';

const MISSION = `mission:
  statement: Make every customer feel looked after.
  owner: head-of-cx
  pillars:
    - id: effortless
      name: Effortless
      description: Customers get what they need without chasing us.
`;

const OWNERS = `owners:
  - id: head-of-cx
    name: Head of Customer Experience
    type: role
    customers: [Every customer]
  - id: support-lead
    name: Sam Rivera
    type: person
    customers: [Customers who write to support]
`;

const kpis = (owner: string) => `kpis:
  - id: customer-effort-score
    name: Customer effort score
    description: How easy customers say it was to get what they needed.
    owner: ${owner}
    supports: [effortless]
    category: outcome
    unit: points
    direction: decrease
    baseline: 3.4
    target: { value: 2.8, by: 2027-06-30 }
    status: active
`;

/** A clean project of three sources; `kpis.yaml` names its owner. */
function project(owner = 'support-lead', extra: ProjectFiles = {}): ProjectFiles {
  return {
    'cxgov.yaml': MINIMAL_CONFIG,
    'governance/mission.yaml': MISSION,
    'governance/owners.yaml': OWNERS,
    'governance/kpis.yaml': kpis(owner),
    ...extra,
  };
}

const rules = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code);
const none = (diagnostics: Diagnostic[]) => diagnostics.length === 0;
const has = (rule: string) => (diagnostics: Diagnostic[]) => rules(diagnostics).includes(rule);

describe('server: diagnostics', () => {
  let client: LspClient;
  let cleanups: (() => void)[] = [];

  function workspace(files: ProjectFiles): string {
    const { root, cleanup } = tempProject(files);
    cleanups.push(cleanup);
    return root;
  }

  beforeEach(() => {
    client = new LspClient();
  });

  afterEach(async () => {
    await client.stop();
    cleanups.forEach((cleanup) => cleanup());
    cleanups = [];
  });

  it('shows the diagnostics of every source at startup, opened or not, and none for other YAML', async () => {
    const root = workspace(project('nobody', { 'k8s/deployment.yaml': 'kind: Deployment\nowner: [unclosed\n' }));
    await client.start(root);
    const diagnostics = await client.diagnosticsOf(join(root, 'governance/kpis.yaml'), has('unknown-reference'));
    assert.deepEqual(diagnostics[0]!.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 17 } });
    assert.deepEqual(rules(await client.diagnosticsOf(join(root, 'governance/owners.yaml'))), ['owner-unused']);
    for (const clean of ['governance/mission.yaml', 'cxgov.yaml']) {
      assert.deepEqual(await client.diagnosticsOf(join(root, clean)), [], clean);
    }
    assert.equal(client.diagnostics.has(fileUri(join(root, 'k8s/deployment.yaml'))), false);
  });

  it('re-checks across files as you type: deleting an owner flags the KPI that names it, putting it back clears it', async () => {
    const root = workspace(project());
    const owners = join(root, 'governance/owners.yaml');
    const kpisFile = join(root, 'governance/kpis.yaml');
    await client.start(root);
    await client.diagnosticsOf(kpisFile, none);

    await client.open(owners, OWNERS);
    await client.change(owners, OWNERS.replace(/ {2}- id: support-lead[\s\S]*$/, ''), 2);
    const flagged = await client.diagnosticsOf(kpisFile, has('unknown-reference'));
    assert.match(flagged[0]!.message, /support-lead/);

    await client.change(owners, OWNERS, 3);
    await client.diagnosticsOf(kpisFile, none);

    // Closing an edited document reverts to the text on disk.
    await client.change(owners, 'owners: []\n', 4);
    await client.diagnosticsOf(kpisFile, has('unknown-reference'));
    await client.close(owners);
    await client.diagnosticsOf(kpisFile, none);
  });

  it('sends nothing at start-up for the files without problems, and clears a file once its problems are gone', async () => {
    const root = workspace(project('nobody'));
    await client.start(root);
    await client.until(() => client.indexed);
    // Everything the first check found was sent before the server said it was done.
    assert.deepEqual([...client.publications.keys()].sort(), [fileUri(join(root, 'governance/kpis.yaml')), fileUri(join(root, 'governance/owners.yaml'))].sort());
    const kpisFile = join(root, 'governance/kpis.yaml');
    await client.open(kpisFile, kpis('nobody'));
    await client.change(kpisFile, kpis('support-lead'), 2);
    await client.until(() => client.diagnostics.get(fileUri(kpisFile))?.length === 0);
    await client.connection.sendRequest('workspace/symbol', { query: 'nothing' });
    assert.equal(client.publications.has(fileUri(join(root, 'governance/mission.yaml'))), false);
  });

  it('republishes only the files whose diagnostics changed, after incremental edits', async () => {
    const root = workspace(project());
    const kpisFile = join(root, 'governance/kpis.yaml');
    const mission = fileUri(join(root, 'governance/mission.yaml'));
    await client.start(root);
    await client.diagnosticsOf(kpisFile);
    await client.open(kpisFile, kpis('support-lead'));
    // `owner: support-lead` is on line 4; replace the id in place, as an editor does.
    const range = { start: { line: 4, character: 11 }, end: { line: 4, character: 23 } };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(kpisFile), version: 2 }, contentChanges: [{ range, text: 'nobody' }] });
    await client.diagnosticsOf(kpisFile, has('unknown-reference'));
    await client.diagnosticsOf(join(root, 'governance/owners.yaml'), has('owner-unused'));
    // A request's answer comes after every notification sent before it.
    await client.connection.sendRequest('workspace/symbol', { query: 'nothing' });
    // mission.yaml never had a problem: nothing was ever sent for it.
    assert.equal(client.publications.get(mission), undefined, 'mission.yaml did not change and was not published');
  });

  it('gives each diagnostic its rule, documentation link, source and related information', async () => {
    const root = workspace(project('support-lead', { 'governance/team-owners.yaml': 'owners:\n  - id: support-lead\n    name: Sam again\n    type: person\n' }));
    await client.start(root);
    const [duplicate] = await client.diagnosticsOf(join(root, 'governance/team-owners.yaml'), has('duplicate-id'));
    assert.equal(duplicate!.source, 'cxgov');
    assert.equal(duplicate!.code, 'duplicate-id');
    assert.equal(duplicate!.severity, 1);
    assert.match(duplicate!.codeDescription!.href, /duplicate-id\.md$/);
    assert.deepEqual(duplicate!.relatedInformation, [
      { location: { uri: fileUri(join(root, 'governance/owners.yaml')), range: { start: { line: 5, character: 8 }, end: { line: 5, character: 20 } } }, message: 'First defined here.' },
    ]);
  });

  it('follows files created and deleted on disk', async () => {
    const root = workspace(project('nobody'));
    const kpisFile = join(root, 'governance/kpis.yaml');
    await client.start(root);
    await client.diagnosticsOf(kpisFile, has('unknown-reference'));

    const added = join(root, 'governance/team/nobody.yaml');
    mkdirSync(dirname(added), { recursive: true });
    writeFileSync(added, 'owners:\n  - id: nobody\n    name: No Body\n    type: person\n    customers: [Every customer]\n');
    await client.filesChanged({ path: added, type: 'created' });
    await client.diagnosticsOf(kpisFile, none);
    await client.diagnosticsOf(added, none);

    unlinkSync(added);
    await client.filesChanged({ path: added, type: 'deleted' });
    await client.diagnosticsOf(kpisFile, has('unknown-reference'));

    unlinkSync(kpisFile);
    await client.filesChanged({ path: kpisFile, type: 'deleted' });
    await client.diagnosticsOf(kpisFile, none);
  });

  it('applies a changed cxgov.yaml at once, and shows a broken one on itself while keeping the last good settings', async () => {
    const root = workspace(project('nobody'));
    const config = join(root, 'cxgov.yaml');
    const kpisFile = join(root, 'governance/kpis.yaml');
    await client.start(root);
    await client.diagnosticsOf(kpisFile, (diagnostics) => diagnostics[0]?.severity === 1);

    writeFileSync(config, `${MINIMAL_CONFIG}rules:\n  unknown-reference: warning\n`);
    await client.filesChanged({ path: config, type: 'changed' });
    await client.diagnosticsOf(kpisFile, (diagnostics) => diagnostics[0]?.severity === 2);

    writeFileSync(config, `${MINIMAL_CONFIG}rules:\n  unknown-reference: sometimes\n`);
    await client.filesChanged({ path: config, type: 'changed' });
    const [broken] = await client.diagnosticsOf(config, (diagnostics) => diagnostics.length > 0);
    assert.equal(broken!.code, 'config');
    assert.equal(broken!.range.start.line, 2);
    assert.equal(client.diagnostics.get(fileUri(kpisFile))![0]!.severity, 2, 'the last good settings still apply');

    writeFileSync(config, `${MINIMAL_CONFIG}rules:\n  unknown-reference: "off"\n`);
    await client.filesChanged({ path: config, type: 'changed' });
    await client.diagnosticsOf(config, none);
    await client.diagnosticsOf(kpisFile, none);
  });

  it('applies sources.maxFileSize to files on disk and to the editor text, and reads every source again when it changes', async () => {
    const root = workspace(project('support-lead', { 'cxgov.yaml': `${MINIMAL_CONFIG}sources:\n  maxFileSize: 1KB\n` }));
    const config = join(root, 'cxgov.yaml');
    const kpisFile = join(root, 'governance/kpis.yaml');
    const overLimit = (diagnostics: Diagnostic[]) => diagnostics.some((d) => /over the limit of 1KB/.test(d.message));
    await client.start(root);
    await client.diagnosticsOf(kpisFile, none);

    const padded = kpis('support-lead') + '# a long comment\n'.repeat(60);
    await client.open(kpisFile, padded);
    const [tooBig] = await client.diagnosticsOf(kpisFile, overLimit);
    assert.deepEqual(tooBig!.range.start, { line: 0, character: 0 });
    await client.change(kpisFile, kpis('support-lead'), 2);
    await client.diagnosticsOf(kpisFile, none);
    await client.close(kpisFile);

    writeFileSync(kpisFile, padded);
    await client.filesChanged({ path: kpisFile, type: 'changed' });
    await client.diagnosticsOf(kpisFile, overLimit);

    writeFileSync(config, `${MINIMAL_CONFIG}sources:\n  maxFileSize: 4096\n`);
    await client.filesChanged({ path: config, type: 'changed' });
    await client.diagnosticsOf(kpisFile, none);
    writeFileSync(config, `${MINIMAL_CONFIG}sources:\n  maxFileSize: 1KB\n`);
    await client.filesChanged({ path: config, type: 'changed' });
    await client.diagnosticsOf(kpisFile, overLimit);
  });

  it('checks several projects, nested ones and several workspace folders, each file in the nearest project', async () => {
    const one = workspace({
      ...prefixed('shop', project('nobody')),
      // A nested project owns its own files: the outer project's owners do not count there.
      ...prefixed('shop/governance/eu', { 'cxgov.yaml': MINIMAL_CONFIG, 'governance/kpis.yaml': kpis('support-lead') }),
      ...prefixed('bank', project()),
    });
    const two = workspace(project('ghost'));
    await client.start(one, two);
    const shop = await client.diagnosticsOf(join(one, 'shop/governance/kpis.yaml'), has('unknown-reference'));
    assert.match(shop[0]!.message, /nobody/);
    const nested = await client.diagnosticsOf(join(one, 'shop/governance/eu/governance/kpis.yaml'), has('unknown-reference'));
    assert.match(nested.find((d) => d.code === 'unknown-reference')!.message, /support-lead/);
    await client.diagnosticsOf(join(one, 'bank/governance/kpis.yaml'), none);
    const second = await client.diagnosticsOf(join(two, 'governance/kpis.yaml'), has('unknown-reference'));
    assert.match(second[0]!.message, /ghost/);
  });

  it('picks up a project created after startup and forgets a deleted one', async () => {
    const root = workspace({ 'shop/governance/kpis.yaml': kpis('nobody') });
    await client.start(root);
    const config = join(root, 'shop/cxgov.yaml');
    const kpisFile = join(root, 'shop/governance/kpis.yaml');
    writeFileSync(config, MINIMAL_CONFIG);
    await client.filesChanged({ path: config, type: 'created' });
    await client.diagnosticsOf(kpisFile, has('unknown-reference'));

    rmSync(join(root, 'shop'), { recursive: true });
    await client.filesChanged({ path: join(root, 'shop'), type: 'deleted' });
    await client.diagnosticsOf(kpisFile, none);
  });
});

function prefixed(folder: string, files: ProjectFiles): ProjectFiles {
  return Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}/${path}`, text]));
}
