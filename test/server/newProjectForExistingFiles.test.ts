import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NewProjectRequest } from 'cxgov-language-server/protocol';
import { fileUri } from '../helpers/lspClient.js';
import { serverSession } from '../helpers/serverSession.js';

const KPI = 'kpis:\n  - id: nps\n    name: Net promoter score\n    owner: nobody-yet\n';

/**
 * "Create cxgov.yaml" for governance files that no project holds yet: only cxgov.yaml is
 * written, and the files are checked at once.
 */
describe('server: a project made of existing governance files', () => {
  const session = serverSession();
  const folder = session.folder;

  it('writes only cxgov.yaml above governance/, and checks the files that were there', async () => {
    const root = folder({ 'governance/kpis.yaml': KPI });
    await session.client().start(root);
    const result = await session.client().connection.sendRequest(NewProjectRequest, { folder: fileUri(root), configOnly: true });
    assert.deepEqual(result, { folder: root, created: ['cxgov.yaml'], existing: [] });
    assert.equal(readFileSync(join(root, 'governance/kpis.yaml'), 'utf8'), KPI);
    assert.ok(!existsSync(join(root, 'governance/owners.yaml')), 'the sample project was written too');
    const diagnostics = await session.client().diagnosticsOf(join(root, 'governance/kpis.yaml'), (found) => found.length > 0);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'unknown-reference'), JSON.stringify(diagnostics));
  });

  it('names a file outside governance/ as a source, quoted and escaped, so the new project reads it', async () => {
    const root = folder({ 'cx [draft] kpis.yaml': KPI });
    await session.client().start(root);
    const result = await session.client().connection.sendRequest(NewProjectRequest, { folder: fileUri(root), configOnly: true, include: ['cx \\[draft\\] kpis.yaml'] });
    assert.deepEqual(result?.created, ['cxgov.yaml']);
    assert.match(readFileSync(join(root, 'cxgov.yaml'), 'utf8'), /^sources:\n {2}include:\n {4}- "cx \\\\\[draft\\\\\] kpis\.yaml"\n/m);
    const diagnostics = await session.client().diagnosticsOf(join(root, 'cx [draft] kpis.yaml'), (found) => found.length > 0);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'unknown-reference'), JSON.stringify(diagnostics));
  });

  it('never overwrites a cxgov.yaml', async () => {
    const root = folder({ 'cxgov.yaml': 'name: Ours\n', 'governance/kpis.yaml': KPI });
    await session.client().start(root);
    const result = await session.client().connection.sendRequest(NewProjectRequest, { folder: fileUri(root), configOnly: true });
    assert.deepEqual(result, { folder: root, created: [], existing: ['cxgov.yaml'] });
    assert.equal(readFileSync(join(root, 'cxgov.yaml'), 'utf8'), 'name: Ours\n');
  });
});
