import { strict as assert } from 'node:assert';
import type { Location } from 'vscode-languageserver-protocol';
import { at, cleanProject, startSession, textIn, type Session } from './featureProject.js';

describe('server: references', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject());
  });

  after(async () => {
    await session.stop();
  });

  async function referencesAt(relative: string, where: string, what: string, includeDeclaration: boolean): Promise<string[]> {
    const result = await session.client.connection.sendRequest<Location[] | null>('textDocument/references', {
      textDocument: { uri: session.uri(relative) },
      position: at(session.text(relative), where, what),
      context: { includeDeclaration },
    });
    return (result ?? []).map((location) => {
      const file = location.uri.slice(location.uri.lastIndexOf('/') + 1);
      return `${file}:${location.range.start.line + 1} ${textIn(session.text(`governance/${file}`), location.range)}`;
    });
  }

  it('lists every reference to a pillar across files, from its definition', async () => {
    assert.deepEqual(await referencesAt('governance/mission.yaml', 'id: effortless', 'effortless', false), [
      'kpis.yaml:6 effortless',
      'kpis.yaml:18 effortless',
      'standards.yaml:5 effortless',
    ]);
  });

  it('from a reference, with the declaration when asked', async () => {
    assert.deepEqual(await referencesAt('governance/kpis.yaml', 'owner: support-lead', 'support', true), [
      'owners.yaml:5 support-lead',
      'kpis.yaml:5 support-lead',
      'kpis.yaml:16 support-lead',
    ]);
  });

  it('finds an owner named by the mission and a standard', async () => {
    assert.deepEqual(await referencesAt('governance/standards.yaml', 'owner: head-of-cx', 'head-of-cx', false), [
      'mission.yaml:3 head-of-cx',
      'standards.yaml:4 head-of-cx',
    ]);
  });

  it('answers nothing away from ids', async () => {
    assert.deepEqual(await referencesAt('governance/kpis.yaml', 'unit: points', 'points', true), []);
  });
});
