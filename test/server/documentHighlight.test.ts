import { strict as assert } from 'node:assert';
import type { DocumentHighlight } from 'vscode-languageserver-protocol';
import { at, cleanProject, startSession, textIn, type Session } from './featureProject.js';

const READ = 2;
const WRITE = 3;

// An owner named twice in its own file, and an e-mail address that holds its name as a word.
const OWNERS = `owners:
  - id: john-smith
    name: John Smith
    type: person
    email: john.smith@example.com
  - id: talent-team
    name: Talent team
    type: team
    members: [john-smith]
  - id: night-desk
    name: Night desk
    type: team
    members:
      - 'john-smith'
`;

describe('server: document highlight', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject({ 'governance/people.yaml': OWNERS }));
  });

  after(async () => {
    await session.stop();
  });

  async function highlightsAt(relative: string, where: string, what: string): Promise<string[]> {
    const text = session.text(relative);
    const result = await session.client.connection.sendRequest<DocumentHighlight[] | null>('textDocument/documentHighlight', {
      textDocument: { uri: session.uri(relative) },
      position: at(text, where, what),
    });
    return (result ?? []).map((highlight) => `${highlight.range.start.line + 1}:${highlight.range.start.character + 1} ${textIn(text, highlight.range)} ${highlight.kind === WRITE ? 'write' : highlight.kind === READ ? 'read' : String(highlight.kind)}`);
  }

  it('shows an id and its references in the file, from the definition', async () => {
    assert.deepEqual(await highlightsAt('governance/people.yaml', 'id: john-smith', 'smith'), [
      '2:9 john-smith write',
      '9:15 john-smith read',
      '14:10 john-smith read',
    ]);
  });

  it('shows the same from a reference, quoted or not', async () => {
    const expected = ['2:9 john-smith write', '9:15 john-smith read', '14:10 john-smith read'];
    assert.deepEqual(await highlightsAt('governance/people.yaml', 'members: [john-smith]', 'john'), expected);
    assert.deepEqual(await highlightsAt('governance/people.yaml', "- 'john-smith'", 'smith'), expected);
  });

  it('leaves out places in other files', async () => {
    assert.deepEqual(await highlightsAt('governance/kpis.yaml', 'owner: support-lead', 'lead'), ['5:12 support-lead read', '16:12 support-lead read']);
  });

  it('shows nothing for free text, even where it holds an id as a word', async () => {
    assert.deepEqual(await highlightsAt('governance/people.yaml', 'email: john.smith@example.com', 'john'), []);
    assert.deepEqual(await highlightsAt('governance/people.yaml', 'name: John Smith', 'John'), []);
    assert.deepEqual(await highlightsAt('governance/people.yaml', 'type: person', 'type'), []);
  });
});
