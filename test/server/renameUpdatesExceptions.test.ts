import { strict as assert } from 'node:assert';
import { lint } from 'cxgov';
import type { Location, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, applyToDisk, at, change, open, startSession, textIn, type Session } from './featureProject.js';
import { CONFIG, configuredProject } from './configProject.js';

describe('server: renaming an entry updates the exceptions in cxgov.yaml that name it', () => {
  let session: Session;

  beforeEach(async () => {
    session = await startSession(configuredProject());
  });

  afterEach(async () => {
    await session.stop();
  });

  const request = (relative: string, where: string, what: string) => ({ textDocument: { uri: session.uri(relative) }, position: at(session.text(relative), where, what) });

  function renameAt(relative: string, where: string, what: string, newName: string): Promise<WorkspaceEdit | null> {
    return session.client.connection.sendRequest<WorkspaceEdit | null>('textDocument/rename', { ...request(relative, where, what), newName });
  }

  it('renames a KPI in its exception too, and the project stays clean', async () => {
    const edit = (await renameAt('governance/kpis.yaml', 'id: first-contact-resolution', 'first', 'first-time-fix'))!;
    const configEdits = edit.changes?.[session.uri('cxgov.yaml')];
    assert.ok(configEdits, `cxgov.yaml is in the rename: ${Object.keys(edit.changes ?? {}).join(', ')}`);
    assert.equal(applyEdits(CONFIG, configEdits), CONFIG.replace('entity: kpis/first-contact-resolution', 'entity: kpis/first-time-fix'));
    await applyToDisk(session, edit);
    const result = await lint({ cwd: session.root });
    assert.deepEqual(result.report?.problems.map((problem) => `${problem.rule}: ${problem.message}`), []);
  });

  it('renames a pillar inside the quotes of its exception', async () => {
    const edit = (await renameAt('governance/mission.yaml', 'id: trusted', 'trusted', 'believed'))!;
    assert.equal(applyEdits(CONFIG, edit.changes![session.uri('cxgov.yaml')]!), CONFIG.replace('"pillars/trusted"', '"pillars/believed"'));
  });

  it('renames from the exception itself, and edits the text cxgov.yaml has in the editor', async () => {
    const typed = `# Accepted gaps\n${CONFIG}`;
    await open(session, 'cxgov.yaml', typed);
    await change(session, 'cxgov.yaml', typed, 2);
    const prepared = await session.client.connection.sendRequest<{ range: Range; placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri: session.uri('cxgov.yaml') },
      position: at(typed, 'entity: kpis/first-contact-resolution', 'resolution'),
    });
    assert.equal(prepared.placeholder, 'first-contact-resolution');
    assert.equal(textIn(typed, prepared.range), 'first-contact-resolution');
    await assert.rejects(
      session.client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: session.uri('cxgov.yaml') }, position: at(typed, 'reason: Its', 'Its') }),
      /only the entity of an exception/,
    );
    const edit = (await session.client.connection.sendRequest<WorkspaceEdit | null>('textDocument/rename', {
      textDocument: { uri: session.uri('cxgov.yaml') },
      position: at(typed, 'entity: kpis/first-contact-resolution', 'resolution'),
      newName: 'first-time-fix',
    }))!;
    assert.equal(applyEdits(typed, edit.changes![session.uri('cxgov.yaml')]!), typed.replace('kpis/first-contact-resolution', 'kpis/first-time-fix'));
    assert.match(applyEdits(session.text('governance/kpis.yaml'), edit.changes![session.uri('governance/kpis.yaml')]!), /- id: first-time-fix\n/);
    assert.match(applyEdits(session.text('governance/standards.yaml'), edit.changes![session.uri('governance/standards.yaml')]!), /measuredBy: \[first-time-fix\]/);
  });

  it('leaves an entity written with an escape as it is, and says so', async () => {
    await session.stop();
    const escaped = CONFIG.replace('entity: kpis/first-contact-resolution', 'entity: "kpis/first-contact-resol\\u0075tion"');
    session = await startSession(configuredProject({ 'cxgov.yaml': escaped }));
    const messages: string[] = [];
    session.client.connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
    const edit = (await renameAt('governance/kpis.yaml', 'id: first-contact-resolution', 'first', 'first-time-fix'))!;
    assert.equal(edit.changes?.[session.uri('cxgov.yaml')], undefined);
    assert.deepEqual(messages, ['cxgov: cxgov.yaml names "first-contact-resolution" with an escape in the exception at line 8: change it there by hand.']);
  });

  it('lists the exception among the references of the entry', async () => {
    const result = await session.client.connection.sendRequest<Location[]>('textDocument/references', { ...request('governance/mission.yaml', 'id: trusted', 'trusted'), context: { includeDeclaration: false } });
    const seen = result.map((location) => `${location.uri.slice(location.uri.lastIndexOf('/') + 1)}:${location.range.start.line + 1} ${textIn(location.uri.endsWith('cxgov.yaml') ? CONFIG : session.text(`governance/${location.uri.slice(location.uri.lastIndexOf('/') + 1)}`), location.range)}`);
    assert.ok(seen.includes('cxgov.yaml:11 trusted'), seen.join('\n'));
  });
});
