import { strict as assert } from 'node:assert';
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { writeFileSync } from 'node:fs';
import { cleanProject, startSession, type Session } from './featureProject.js';

// A definition, references to known ids (quoted or not) and one to an id nobody defines.
const PEOPLE = `owners:
  - id: talent-team
    name: Talent team
    type: team
    email: head-of-cx@example.com
    members: [head-of-cx, 'support-lead', nobody-here]
`;

describe('server: semantic tokens', () => {
  let session: Session;
  let legend: SemanticTokensLegend;

  before(async () => {
    session = await startSession(cleanProject({ 'governance/people.yaml': PEOPLE }));
    const provider = session.capabilities.semanticTokensProvider;
    assert.ok(provider, 'the server offers semantic tokens');
    legend = provider.legend;
  });

  after(async () => {
    await session.stop();
  });

  /** The tokens of a file (or of a range of it) as "line:column text type modifiers…". */
  async function tokensOf(relative: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<string[]> {
    const lines = session.text(relative).split('\n');
    const textDocument = { uri: session.uri(relative) };
    const result = range
      ? await session.client.connection.sendRequest<SemanticTokens | null>('textDocument/semanticTokens/range', { textDocument, range })
      : await session.client.connection.sendRequest<SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument });
    const data = result?.data ?? [];
    const tokens: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5) as [number, number, number, number, number];
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaStart : deltaStart;
      const names = legend.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0);
      tokens.push([`${line + 1}:${character + 1}`, lines[line]!.slice(character, character + length), legend.tokenTypes[type], ...names].join(' '));
    }
    return tokens;
  }

  it('tells a definition from a reference, and an unknown id from a known one', async () => {
    assert.deepEqual(await tokensOf('governance/people.yaml'), [
      '2:9 talent-team variable declaration definition',
      '6:15 head-of-cx variable',
      '6:28 support-lead variable',
      '6:43 nobody-here variable unresolved',
    ]);
  });

  it('marks the references of a file that refers to other files', async () => {
    assert.deepEqual((await tokensOf('governance/kpis.yaml')).slice(0, 3), [
      '2:9 customer-effort-score variable declaration definition',
      '5:12 support-lead variable',
      '6:16 effortless variable',
    ]);
  });

  it('answers a range with the tokens in it', async () => {
    assert.deepEqual(await tokensOf('governance/people.yaml', { start: { line: 5, character: 0 }, end: { line: 5, character: 30 } }), [
      '6:15 head-of-cx variable',
      '6:28 support-lead variable',
    ]);
  });

  it('asks the editor to refresh them once another file defines the unknown id', async () => {
    const refreshed = new Promise<void>((resolve) => session.client.connection.onRequest('workspace/semanticTokens/refresh', () => (resolve(), null)));
    writeFileSync(session.path('governance/more.yaml'), 'owners:\n  - id: nobody-here\n    name: Somebody after all\n    type: person\n');
    await session.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: session.uri('governance/more.yaml'), type: 1 }] });
    await refreshed;
    assert.ok((await tokensOf('governance/people.yaml')).includes('6:43 nobody-here variable'));
  });
});
