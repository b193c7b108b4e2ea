import { strict as assert } from 'node:assert';
import type { FoldingRange } from 'vscode-languageserver-protocol';
import { cleanProject, open, PEOPLE, startSession, type Session } from './featureProject.js';

describe('server: folding range', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject({ 'governance/people.yaml': PEOPLE, 'notes/other.yaml': 'a:\n  b: 1\n' }));
  });

  after(async () => {
    await session.stop();
  });

  /** The folds of a file as "first line-last line: first line's text", in the order of the file. */
  async function foldsOf(relative: string): Promise<string[] | null> {
    const lines = session.text(relative).split('\n');
    const result = await session.client.connection.sendRequest<FoldingRange[] | null>('textDocument/foldingRange', { textDocument: { uri: session.uri(relative) } });
    return result && result.map((fold) => `${fold.startLine + 1}-${fold.endLine + 1}: ${lines[fold.startLine]!.trim()}`).sort((a, b) => parseInt(a) - parseInt(b) || parseInt(b.split('-')[1]!) - parseInt(a.split('-')[1]!));
  }

  it('folds each section and each entry, and the blocks within an entry', async () => {
    assert.deepEqual(await foldsOf('governance/people.yaml'), [
      '2-9: owners:',
      '3-6: - id: talent-team',
      '7-9: - id: john-smith',
      '10-15: values:',
      '11-15: - id: own-it',
      '13-15: description: |',
    ]);
  });

  it('folds the entries of a single-section file', async () => {
    assert.deepEqual(await foldsOf('governance/kpis.yaml'), [
      '1-25: kpis:',
      '2-12: - id: customer-effort-score',
      '13-25: - id: first-contact-resolution',
      '17-19: supports:',
    ]);
  });

  it('folds what it can read of a file with a YAML slip', async () => {
    await open(session, 'governance/kpis.yaml', session.text('governance/kpis.yaml').replace('    unit: percent', '    unit: [percent'));
    const folds = await foldsOf('governance/kpis.yaml');
    assert.ok(folds?.includes('2-12: - id: customer-effort-score'), JSON.stringify(folds));
  });

  it('leaves a YAML file outside the sources to the editor', async () => {
    assert.equal(await foldsOf('notes/other.yaml'), null);
  });
});
