import { strict as assert } from 'node:assert';
import type { Location } from 'vscode-languageserver-protocol';
import { at, startSession, textIn, type Session } from './featureProject.js';
import { CONFIG, configuredProject } from './configProject.js';

describe('server: go to definition from an exception in cxgov.yaml', () => {
  let session: Session;

  before(async () => {
    session = await startSession(configuredProject());
  });

  after(async () => {
    await session.stop();
  });

  async function definitionAt(where: string, what: string): Promise<string[]> {
    const result = await session.client.connection.sendRequest<Location[] | null>('textDocument/definition', { textDocument: { uri: session.uri('cxgov.yaml') }, position: at(CONFIG, where, what) });
    return (result ?? []).map((location) => {
      const file = location.uri.slice(location.uri.lastIndexOf('/') + 1);
      return `${file}:${location.range.start.line + 1} ${textIn(session.text(`governance/${file}`), location.range)}`;
    });
  }

  it('goes from the entity to the entry', async () => {
    assert.deepEqual(await definitionAt('entity: kpis/first-contact-resolution', 'contact'), ['kpis.yaml:13 first-contact-resolution']);
  });

  it('goes to a pillar, written in quotes, under the mission', async () => {
    assert.deepEqual(await definitionAt('entity: "pillars/trusted"', 'trusted'), ['mission.yaml:8 trusted']);
  });

  it('goes nowhere from a reason', async () => {
    assert.deepEqual(await definitionAt('reason: Trust', 'Trust'), []);
  });
});
