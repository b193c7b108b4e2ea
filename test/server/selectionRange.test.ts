import { strict as assert } from 'node:assert';
import type { Position, SelectionRange } from 'vscode-languageserver-protocol';
import { at, cleanProject, PEOPLE, startSession, textIn, type Session } from './featureProject.js';

describe('server: selection range', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject({ 'governance/people.yaml': PEOPLE }));
  });

  after(async () => {
    await session.stop();
  });

  /** Each step of the expanding selection: its text when on one line, else its first line, "…" and its last line's number. */
  async function stepsAt(relative: string, positions: Position[]): Promise<string[][]> {
    const text = session.text(relative);
    const result = await session.client.connection.sendRequest<SelectionRange[] | null>('textDocument/selectionRange', {
      textDocument: { uri: session.uri(relative) },
      positions,
    });
    return (result ?? []).map((first) => {
      const steps: string[] = [];
      for (let step: SelectionRange | undefined = first; step; step = step.parent) {
        const { start, end } = step.range;
        if (start.line === end.line && start.character === end.character) steps.push('');
        else steps.push(start.line === end.line ? textIn(text, step.range) : `${textIn(text, { start, end: { line: start.line + 1, character: 0 } }).trimEnd()}…${end.line + 1}`);
      }
      return steps;
    });
  }

  it('grows from an id to its value, its entry, its section and the document', async () => {
    const text = session.text('governance/people.yaml');
    assert.deepEqual(await stepsAt('governance/people.yaml', [at(text, 'id: talent-team', 'team')]), [
      ['talent-team', 'id: talent-team', 'id: talent-team…6', 'owners:…9', '# Who answers for what.…15'],
    ]);
  });

  it('grows from a reference in a list, quoted or not, through the list', async () => {
    const text = session.text('governance/people.yaml');
    assert.deepEqual(await stepsAt('governance/people.yaml', [at(text, '[john-smith', 'smith'), at(text, "'night-desk'", 'night')]), [
      ['john-smith', "[john-smith, 'night-desk']", "members: [john-smith, 'night-desk']", 'id: talent-team…6', 'owners:…9', '# Who answers for what.…15'],
      ['night-desk', "'night-desk'", "[john-smith, 'night-desk']", "members: [john-smith, 'night-desk']", 'id: talent-team…6', 'owners:…9', '# Who answers for what.…15'],
    ]);
  });

  it('grows from a key and from free text in a block', async () => {
    const text = session.text('governance/people.yaml');
    assert.deepEqual(await stepsAt('governance/people.yaml', [at(text, '    name: Own it', 'name'), at(text, 'what we start', 'we')]), [
      ['name', 'name: Own it', 'id: own-it…15', 'values:…15', '# Who answers for what.…15'],
      ['|…15', 'description: |…15', 'id: own-it…15', 'values:…15', '# Who answers for what.…15'],
    ]);
  });

  it('answers an empty range past the end of the text', async () => {
    assert.deepEqual(await stepsAt('governance/people.yaml', [{ line: 40, character: 3 }]), [['']]);
  });

  it('answers in a single-section file from a reference', async () => {
    const text = session.text('governance/kpis.yaml');
    assert.deepEqual(await stepsAt('governance/kpis.yaml', [at(text, 'owner: support-lead', 'lead')]), [['support-lead', 'owner: support-lead', 'id: customer-effort-score…12', 'kpis:…25']]);
  });
});
