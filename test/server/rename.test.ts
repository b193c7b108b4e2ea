import { strict as assert } from 'node:assert';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyToDisk, at, cleanProject, startSession, textIn, type Session } from './featureProject.js';

/** A ritual that already names the owner by the id the tests rename to: an error until the rename. */
const RITUALS = `rituals:
  - id: weekly-review
    name: Weekly customer review
    cadence: weekly
    owner: sam-rivera
    supports: [trusted]
`;

describe('server: rename', () => {
  let session: Session;

  beforeEach(async () => {
    session = await startSession(cleanProject({ 'governance/rituals.yaml': RITUALS }));
  });

  afterEach(async () => {
    await session.stop();
  });

  const position = (relative: string, where: string, what: string) => ({ textDocument: { uri: session.uri(relative) }, position: at(session.text(relative), where, what) });

  function renameAt(relative: string, where: string, what: string, newName: string): Promise<WorkspaceEdit | null> {
    return session.client.connection.sendRequest<WorkspaceEdit | null>('textDocument/rename', { ...position(relative, where, what), newName });
  }

  const editedFiles = (edit: WorkspaceEdit) =>
    Object.entries(edit.changes ?? {})
      .map(([uri, edits]) => `${uri.slice(uri.lastIndexOf('/') + 1)}×${edits.length}`)
      .sort();

  it('prepareRename gives the id and its range on a definition and on a reference', async () => {
    const onReference = await session.client.connection.sendRequest<{ range: Range; placeholder: string }>('textDocument/prepareRename', position('governance/kpis.yaml', 'owner: support-lead', 'lead'));
    assert.equal(onReference.placeholder, 'support-lead');
    assert.equal(textIn(session.text('governance/kpis.yaml'), onReference.range), 'support-lead');
    const onId = await session.client.connection.sendRequest<{ range: Range; placeholder: string }>('textDocument/prepareRename', position('governance/mission.yaml', 'id: trusted', 'trusted'));
    assert.equal(onId.placeholder, 'trusted');
  });

  it('prepareRename refuses anything that is not an id, with a reason', async () => {
    await assert.rejects(
      session.client.connection.sendRequest('textDocument/prepareRename', position('governance/kpis.yaml', 'category: outcome', 'category')),
      /Only an id, or a reference to one/,
    );
    await assert.rejects(
      session.client.connection.sendRequest('textDocument/prepareRename', position('governance/kpis.yaml', 'name: Customer effort score', 'effort')),
      /Only an id/,
    );
  });

  it('renames an owner in every file; applied to disk, the project lints clean', async () => {
    const ritualsPath = session.path('governance/rituals.yaml');
    assert.deepEqual((await session.client.diagnosticsOf(ritualsPath)).map((diagnostic) => diagnostic.code), ['unknown-reference']);
    const edit = (await renameAt('governance/kpis.yaml', 'owner: support-lead', 'support', 'sam-rivera'))!;
    assert.deepEqual(editedFiles(edit), ['kpis.yaml×2', 'owners.yaml×1']);
    await applyToDisk(session, edit);
    assert.match(session.text('governance/owners.yaml'), /- id: sam-rivera\n    name: Sam Rivera/);
    assert.doesNotMatch(session.text('governance/kpis.yaml'), /support-lead/);
    await session.client.diagnosticsOf(ritualsPath, (diagnostics) => diagnostics.length === 0);
    // Every other source was clean before and stays clean.
    for (const file of ['mission', 'owners', 'kpis', 'standards']) assert.deepEqual(await session.client.diagnosticsOf(session.path(`governance/${file}.yaml`)), [], file);
  });

  it('renames a pillar from its definition, in the lists of other files', async () => {
    const edit = (await renameAt('governance/mission.yaml', 'id: effortless', 'effortless', 'easy-to-deal-with'))!;
    assert.deepEqual(editedFiles(edit), ['kpis.yaml×2', 'mission.yaml×1', 'standards.yaml×1']);
    await applyToDisk(session, edit);
    assert.match(session.text('governance/standards.yaml'), /supports: \[easy-to-deal-with\]/);
    assert.match(session.text('governance/kpis.yaml'), /      - easy-to-deal-with\n      - trusted/);
  });

  it('keeps the quotes around renamed ids in files nobody opened', async () => {
    await session.stop();
    const quoted = 'rituals:\n  - id: "weekly-review"\n    name: Weekly customer review\n    cadence: weekly\n    owner: "support-lead"\n    supports: [\'effortless\', "trusted"]\n';
    session = await startSession(cleanProject({ 'governance/rituals.yaml': quoted }));
    await applyToDisk(session, (await renameAt('governance/kpis.yaml', 'owner: support-lead', 'support', 'support-team-lead'))!);
    await applyToDisk(session, (await renameAt('governance/mission.yaml', 'id: effortless', 'effortless', 'easy-to-deal-with'))!);
    assert.equal(session.text('governance/rituals.yaml'), quoted.replace('support-lead', 'support-team-lead').replace('effortless', 'easy-to-deal-with'));
  });

  it('refuses a new name that is not kebab-case or that another entry of the kind already has', async () => {
    await assert.rejects(renameAt('governance/kpis.yaml', 'owner: support-lead', 'support', 'Sam Rivera'), /kebab-case/);
    await assert.rejects(renameAt('governance/kpis.yaml', 'owner: support-lead', 'support', 'head-of-cx'), /already an owner with the id "head-of-cx"/);
  });
});
