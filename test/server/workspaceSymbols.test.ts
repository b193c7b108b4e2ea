import { strict as assert } from 'node:assert';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { cleanProject, startSession, textIn, type Session } from './featureProject.js';

describe('server: workspace symbols', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject());
  });

  after(async () => {
    await session.stop();
  });

  async function search(query: string): Promise<SymbolInformation[]> {
    return (await session.client.connection.sendRequest<SymbolInformation[] | null>('workspace/symbol', { query })) ?? [];
  }

  const names = (symbols: SymbolInformation[]) => symbols.map((symbol) => symbol.name).sort();

  it('finds every entry of the project with an empty query', async () => {
    assert.deepEqual(names(await search('')), [
      'answer-within-a-day',
      'customer-effort-score',
      'effortless',
      'first-contact-resolution',
      'head-of-cx',
      'support-lead',
      'trusted',
    ]);
  });

  it('matches ids and names by substring, and by the beginnings of their words', async () => {
    assert.deepEqual(names(await search('effort')), ['customer-effort-score', 'effortless']);
    assert.deepEqual(names(await search('Sam')), ['support-lead'], 'by the owner\'s name');
    assert.deepEqual(names(await search('fcr')), ['first-contact-resolution'], 'by initials');
    assert.deepEqual(names(await search('first res')), ['first-contact-resolution'], 'by beginnings of words');
    assert.deepEqual(await search('zzz'), []);
  });

  it('points at the id in its file, with the kind and name as container', async () => {
    const [symbol] = await search('trusted');
    assert.equal(symbol!.location.uri, session.uri('governance/mission.yaml'));
    assert.equal(textIn(session.text('governance/mission.yaml'), symbol!.location.range), 'trusted');
    assert.equal(symbol!.containerName, 'pillar: Trusted');
  });
});
