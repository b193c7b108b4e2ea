import { strict as assert } from 'node:assert';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, applyToDisk, change, cleanProject, open, startSession, type Session } from './featureProject.js';

const FILE = 'governance/new-kpis.yaml';

/** A KPI that breaks no rule, with one field changed or left out to break one. */
function kpi(id: string, fields: { owner?: string | null; supports?: string | null; category?: string } = {}): string {
  const lines = [
    `  - id: ${id}`,
    `    name: ${id}`,
    fields.owner === null ? undefined : `    owner: ${fields.owner ?? 'support-lead'}`,
    fields.supports === null ? undefined : `    supports: ${fields.supports ?? '[trusted]'}`,
    `    category: ${fields.category ?? 'outcome'}`,
    '    unit: percent',
    '    direction: increase',
    '    baseline: 40',
    '    target: { value: 50, by: 2027-06-30 }',
    '    status: active',
  ];
  return `${lines.filter((line) => line !== undefined).join('\n')}\n`;
}

describe('server: code actions', () => {
  let session: Session;

  async function start(kpis: string): Promise<void> {
    session = await startSession(cleanProject({ [FILE]: `kpis:\n${kpis}` }));
  }

  afterEach(async () => {
    await session.stop();
  });

  /** The one diagnostic of a rule in the file (waiting for it), and the quick fixes offered for it. */
  async function fixesFor(rule: string): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    const diagnostics = await session.client.diagnosticsOf(session.path(FILE), (list) => list.some((diagnostic) => diagnostic.code === rule));
    const diagnostic = diagnostics.find((candidate) => candidate.code === rule)!;
    const actions = await session.client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: session.uri(FILE) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    for (const action of actions.filter((candidate) => candidate.diagnostics?.[0]?.code === rule)) {
      assert.equal(action.kind, 'quickfix');
      assert.deepEqual(action.diagnostics![0]!.range, diagnostic.range);
    }
    return { diagnostic, actions };
  }

  function pick(actions: CodeAction[], title: string): CodeAction {
    const action = actions.find((candidate) => candidate.title === title);
    assert.ok(action, `no action "${title}" among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
    return action;
  }

  /** Applies an edit on disk and waits until the rule's problem has left the file. */
  async function applyAndWaitGone(edit: WorkspaceEdit, rule: string): Promise<void> {
    await applyToDisk(session, edit);
    await session.client.diagnosticsOf(session.path(FILE), (list) => !list.some((diagnostic) => diagnostic.code === rule));
  }

  it('did-you-mean on an unknown owner is the preferred fix, and works on an open document', async () => {
    await start(kpi('typo-kpi', { owner: 'suport-lead' }));
    const text = session.text(FILE);
    await open(session, FILE, text);
    const { actions } = await fixesFor('unknown-reference');
    const fix = pick(actions, 'Change to "support-lead"');
    assert.equal(fix.isPreferred, true);
    const edited = applyEdits(text, fix.edit!.changes![session.uri(FILE)]!);
    assert.match(edited, /owner: support-lead\n/);
    await change(session, FILE, edited, 2);
    await session.client.diagnosticsOf(session.path(FILE), (list) => list.length === 0);
  });

  it('did-you-mean on an enum value', async () => {
    await start(kpi('enum-kpi', { category: 'outcom' }));
    const { actions } = await fixesFor('schema');
    await applyAndWaitGone(pick(actions, 'Change to "outcome"').edit!, 'schema');
    assert.match(session.text(FILE), /category: outcome\n/);
  });

  it('adds a missing owner, offering the existing owners', async () => {
    await start(kpi('orphan-kpi', { owner: null }));
    const { actions } = await fixesFor('kpi-no-owner');
    const titles = actions.map((action) => action.title).filter((title) => title.startsWith('Add owner'));
    assert.deepEqual(titles, ['Add owner: support-lead', 'Add owner: head-of-cx'], 'the most used owner first');
    await applyAndWaitGone(pick(actions, 'Add owner: head-of-cx').edit!, 'kpi-no-owner');
    assert.match(session.text(FILE), /  - id: orphan-kpi\n    owner: head-of-cx\n    name: orphan-kpi\n/);
    assert.deepEqual(await session.client.diagnosticsOf(session.path(FILE)), []);
  });

  it('fills an owner written empty rather than adding a second one', async () => {
    await start(kpi('empty-owner-kpi', { owner: '' }));
    const { actions } = await fixesFor('kpi-no-owner');
    await applyAndWaitGone(pick(actions, 'Add owner: support-lead').edit!, 'kpi-no-owner');
    assert.equal(session.text(FILE).match(/owner:/g)!.length, 1);
    assert.deepEqual(await session.client.diagnosticsOf(session.path(FILE)), []);
  });

  it('adds the missing pillar link, one action per pillar', async () => {
    await start(kpi('unlinked-kpi', { supports: null }));
    const { actions } = await fixesFor('kpi-no-mission-link');
    const titles = actions.map((action) => action.title).filter((title) => title.startsWith('Add supports'));
    assert.deepEqual(titles.sort(), ['Add supports: [effortless]', 'Add supports: [trusted]']);
    await applyAndWaitGone(pick(actions, 'Add supports: [trusted]').edit!, 'kpi-no-mission-link');
    assert.match(session.text(FILE), /    supports: \[trusted\]\n/);
    assert.deepEqual(await session.client.diagnosticsOf(session.path(FILE)), []);
  });

  it('creates a missing owner in the owners file', async () => {
    await start(kpi('new-owner-kpi', { owner: 'quality-coach' }));
    const { actions } = await fixesFor('unknown-reference');
    const create = pick(actions, "Create owner 'quality-coach'");
    assert.deepEqual(Object.keys(create.edit!.changes!), [session.uri('governance/owners.yaml')]);
    await applyAndWaitGone(create.edit!, 'unknown-reference');
    assert.match(session.text('governance/owners.yaml'), /    type: person\n  - id: quality-coach\n    name: Quality Coach\n    type: person\n$/);
    assert.deepEqual(await session.client.diagnosticsOf(session.path('governance/owners.yaml')), []);
    assert.deepEqual(await session.client.diagnosticsOf(session.path(FILE)), []);
  });

  it('creates a missing owner in this file when the project has no owners yet', async () => {
    session = await startSession({ ...cleanProject(), 'governance/owners.yaml': '', 'governance/standards.yaml': '', 'governance/kpis.yaml': '' });
    const mission = session.path('governance/mission.yaml');
    const diagnostic = (await session.client.diagnosticsOf(mission, (list) => list.some((candidate) => candidate.code === 'unknown-reference'))).find((candidate) => candidate.code === 'unknown-reference')!;
    const actions = await session.client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: session.uri('governance/mission.yaml') },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    await applyToDisk(session, pick(actions, "Create owner 'head-of-cx'").edit!);
    await session.client.diagnosticsOf(mission, (list) => !list.some((candidate) => candidate.code === 'unknown-reference'));
    assert.match(session.text('governance/mission.yaml'), /\nowners:\n  - id: head-of-cx\n    name: Head Of Cx\n    type: person\n$/);
  });

  it('suppresses a rule on the line with a comment at its indentation', async () => {
    await start(kpi('suppressed-kpi', { owner: null }));
    const { actions } = await fixesFor('kpi-no-owner');
    await applyAndWaitGone(pick(actions, 'Suppress kpi-no-owner on this line').edit!, 'kpi-no-owner');
    assert.match(session.text(FILE), /^kpis:\n  # cxgov-disable-next-line kpi-no-owner -- reason\n  - id: suppressed-kpi\n/);
  });

  it('offers nothing where there is no problem', async () => {
    await start(kpi('fine-kpi'));
    await session.client.diagnosticsOf(session.path(FILE));
    const actions = await session.client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: session.uri(FILE) },
      range: { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });
});
