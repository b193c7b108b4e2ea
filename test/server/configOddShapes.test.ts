import { strict as assert } from 'node:assert';
import type { CompletionItem, Hover, Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { at, cleanProject, startSession, type Session } from './featureProject.js';

/** A cxgov.yaml with every shape an exception should not have, and rules written as a list. */
const ODD = `${MINIMAL_CONFIG}rules:
  - kpi-no-owner
exceptions:
  - just a string
  - rule: [kpi-no-owner]
    entity: 42
  - entity: [kpis/customer-effort-score]
  - entity: nosection
  - entity: kpis/customer-effort-score/extra
  - entity: "kpis/customer-effort-score"
    rule: no-such-rule
`;

describe('server: cxgov.yaml of odd shapes', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject({ 'cxgov.yaml': ODD }));
  });

  after(async () => {
    await session.stop();
  });

  const request = (where: string, what: string) => ({ textDocument: { uri: session.uri('cxgov.yaml') }, position: at(ODD, where, what) });

  it('answers hover, definition and completion anywhere in it without failing', async () => {
    for (const [where, what] of [['- kpi-no-owner', 'owner'], ['just a string', 'string'], ['entity: 42', '42'], ['[kpis/customer', 'kpis'], ['nosection', 'no'], ['score/extra', 'extra'], ['no-such-rule', 'such']]) {
      await session.client.connection.sendRequest<Hover | null>('textDocument/hover', request(where, what));
      await session.client.connection.sendRequest<Location[]>('textDocument/definition', request(where, what));
      await session.client.connection.sendRequest<CompletionItem[]>('textDocument/completion', request(where, what));
    }
    assert.deepEqual(session.client.logs.filter((line) => / failed: /.test(line)), [], 'a feature failed');
    assert.deepEqual(await session.client.connection.sendRequest<Location[]>('textDocument/definition', request('score/extra', 'extra')), []);
    assert.equal(await session.client.connection.sendRequest<Hover | null>('textDocument/hover', request('entity: 42', '42')).then((hover) => hover?.range?.start.line), 6);
  });

  it('renames a KPI in the one exception that names it, and nowhere else in cxgov.yaml', async () => {
    const edit = await session.client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: session.uri('governance/kpis.yaml') },
      position: at(session.text('governance/kpis.yaml'), 'id: customer-effort-score', 'effort'),
      newName: 'effort-score',
    });
    const lines = edit.changes?.[session.uri('cxgov.yaml')]?.map((change) => change.range.start.line + 1);
    assert.deepEqual(lines, [11]);
  });
});
