// While a document being typed has a YAML syntax error, the rest of the project goes on seeing
// what it said last time it parsed: other files keep their diagnostics, and find references and
// rename still reach into it, at positions that are right in its current text.
import { strict as assert } from 'node:assert';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, at, cleanProject, OWNERS, startSession, textIn, type Session } from './featureProject.js';

const SOURCES = ['mission', 'owners', 'kpis', 'standards'].map((name) => `governance/${name}.yaml`);
/** An unclosed quote typed on a line above the `support-lead` owner: no line moves. */
const UNCLOSED_QUOTE = OWNERS.replace('name: Head of Customer Experience', 'name: "Head of Customer Experience');
/** A broken line typed above the `support-lead` owner: every line below moves down one. */
const BROKEN_LINE_ABOVE = OWNERS.replace('  - id: support-lead', '  - id: [half typed\n  - id: support-lead');

describe('server: a document with a syntax error keeps its last good entities for the rest of the project', () => {
  let session: Session;
  const messages: string[] = [];

  beforeEach(async () => {
    session = await startSession(cleanProject());
    messages.length = 0;
    session.client.connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
  });

  afterEach(async () => {
    await session.stop();
  });

  const owners = () => session.path('governance/owners.yaml');
  const diagnosticsOf = (relative: string) => session.client.diagnostics.get(session.uri(relative)) ?? [];

  /** Waits until the server has handled and published everything sent so far (two round trips: late publications go out on the next turn). */
  async function settled(): Promise<void> {
    for (let i = 0; i < 2; i++) await session.client.connection.sendRequest('workspace/symbol', { query: 'settle' });
  }

  /** Opens owners.yaml and types `text` into it, then waits for its syntax error. */
  async function typeInOwners(text: string): Promise<void> {
    await session.client.open(owners(), OWNERS);
    await session.client.change(owners(), text, 2);
    await session.client.diagnosticsOf(owners(), (diagnostics) => diagnostics.some((diagnostic) => diagnostic.code === 'yaml-syntax'));
    await settled();
  }

  it('other files keep their (clean) diagnostics; the broken file shows its syntax error', async () => {
    await typeInOwners(UNCLOSED_QUOTE);
    for (const relative of SOURCES.filter((path) => !path.endsWith('owners.yaml'))) assert.deepEqual(diagnosticsOf(relative), [], relative);
    assert.ok(diagnosticsOf('governance/owners.yaml').every((diagnostic) => diagnostic.code === 'yaml-syntax'));
  });

  it('once the file parses again, its new entities replace the last good ones', async () => {
    await typeInOwners(UNCLOSED_QUOTE);
    await session.client.change(owners(), OWNERS.replace('id: support-lead', 'id: support-boss'), 3);
    await session.client.diagnosticsOf(owners(), (diagnostics) => !diagnostics.some((diagnostic) => diagnostic.code === 'yaml-syntax'));
    await settled();
    assert.deepEqual(
      diagnosticsOf('governance/kpis.yaml').map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line + 1}`),
      ['unknown-reference 5', 'unknown-reference 16'],
    );
  });

  it('closing the document drops its last good: the text on disk counts again', async () => {
    await typeInOwners(UNCLOSED_QUOTE);
    await session.client.close(owners());
    await settled();
    for (const relative of SOURCES) assert.deepEqual(diagnosticsOf(relative), [], relative);
  });

  it('find references reaches into the broken file, at the place the id is written now', async () => {
    await typeInOwners(UNCLOSED_QUOTE);
    const found = await session.client.connection.sendRequest<Location[]>('textDocument/references', {
      textDocument: { uri: session.uri('governance/kpis.yaml') },
      position: at(session.text('governance/kpis.yaml'), 'owner: support-lead', 'support'),
      context: { includeDeclaration: true },
    });
    const inOwners = found.filter((location) => location.uri === session.uri('governance/owners.yaml'));
    assert.deepEqual(inOwners.map((location) => `${location.range.start.line + 1} ${textIn(UNCLOSED_QUOTE, location.range)}`), ['5 support-lead']);
    assert.equal(found.length, 3);
  });

  it('rename edits the broken file where the id is written now', async () => {
    await typeInOwners(UNCLOSED_QUOTE);
    const edit = await rename('sam-rivera');
    const renamed = applyEdits(UNCLOSED_QUOTE, edit.changes?.[session.uri('governance/owners.yaml')] ?? []);
    assert.equal(renamed, UNCLOSED_QUOTE.replace('id: support-lead', 'id: sam-rivera'));
    assert.equal(edit.changes?.[session.uri('governance/kpis.yaml')]?.length, 2);
    assert.deepEqual(messages, []);
  });

  it('rename never edits a broken file at a place that moved: it leaves it out and says why', async () => {
    await typeInOwners(BROKEN_LINE_ABOVE);
    const edit = await rename('sam-rivera');
    const inOwners = edit.changes?.[session.uri('governance/owners.yaml')] ?? [];
    // Wherever an edit lands in the broken file, it replaces the id as it is written there now.
    for (const change of inOwners) assert.equal(textIn(BROKEN_LINE_ABOVE, change.range), 'support-lead');
    if (inOwners.length === 0) assert.match(messages.join('\n'), /governance\/owners\.yaml \(syntax error at line \d+: 1 left\)/);
    assert.equal(edit.changes?.[session.uri('governance/kpis.yaml')]?.length, 2);
  });

  function rename(newName: string): Promise<WorkspaceEdit> {
    return session.client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: session.uri('governance/kpis.yaml') },
      position: at(session.text('governance/kpis.yaml'), 'owner: support-lead', 'support'),
      newName,
    });
  }
});
