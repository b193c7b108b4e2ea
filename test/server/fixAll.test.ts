// `source.fixAll.cxgov` (what `editor.codeActionsOnSave` runs): the safe fixes of a file, the same
// as `cxgov lint --fix` writes into it, judged against the command line on the same text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, InitializeResult } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient.js';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';
import { KPIS_B, PROJECT, TYPOS } from '../cli/eslintFlagsProject.js';
import { applyEdits, change, open, startSession, type Session } from './featureProject.js';

const A = 'governance/kpis/a.yaml';
const B = 'governance/kpis/b.yaml';
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('server: fix all (source.fixAll.cxgov)', function () {
  this.timeout(30_000);
  let session: Session;

  before(async () => {
    session = await startSession({ ...PROJECT, [A]: TYPOS });
  });

  after(async () => {
    await session.stop();
  });

  function fixAll(relative: string, only: string[] = ['source.fixAll.cxgov']): Promise<CodeAction[]> {
    return session.client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: session.uri(relative) },
      range: WHOLE,
      context: { diagnostics: [], only, triggerKind: 2 },
    });
  }

  /** The text after the one fix-all action's edits, which touch only this file. */
  async function fixedText(relative: string, text: string): Promise<string> {
    const actions = await fixAll(relative);
    assert.equal(actions.length, 1, JSON.stringify(actions));
    const [action] = actions;
    assert.equal(action!.kind, 'source.fixAll.cxgov');
    assert.deepEqual(Object.keys(action!.edit!.changes!), [session.uri(relative)]);
    return applyEdits(text, action!.edit!.changes![session.uri(relative)]!);
  }

  /** What `cxgov lint --fix <file>` writes into the file, in a copy of the project with these texts on disk. */
  function cliFix(relative: string, texts: Record<string, string>): string {
    return withTempProject({ ...PROJECT, [A]: TYPOS, ...texts }, (root) => {
      runCli(['lint', '--fix', relative], root);
      return readFileSync(join(root, relative), 'utf8');
    });
  }

  it('is advertised among the code action kinds', async () => {
    const client = new LspClient();
    try {
      const result = (await client.start(session.root)) as InitializeResult;
      const provider = result.capabilities.codeActionProvider;
      assert.ok(typeof provider === 'object' && provider.codeActionKinds?.includes('source.fixAll.cxgov'), JSON.stringify(provider));
    } finally {
      await client.stop();
    }
  });

  it('makes the edits lint --fix makes, pass after pass, in the file on disk', async () => {
    const fixed = await fixedText(A, TYPOS);
    assert.equal(fixed, cliFix(A, {}));
    assert.equal(fixed, TYPOS.replace('ownr: cx-leed', 'owner: cx-lead').replace('Outcome', 'outcome'));
  });

  it('fixes the text in the editor, before it is saved', async () => {
    const typed = KPIS_B.replace('owner: cx-lead', 'owner: cx-laed').replace('name: Customer effort', 'nmae: Customer effort');
    await open(session, B, KPIS_B);
    await change(session, B, typed, 2);
    await session.client.diagnosticsOf(session.path(B), (found) => found.length > 0);
    assert.equal(readFileSync(session.path(B), 'utf8'), KPIS_B, 'the typed text is not on disk');
    const fixed = await fixedText(B, typed);
    assert.equal(fixed, cliFix(B, { [B]: typed }));
    assert.equal(fixed, KPIS_B);
  });

  it('offers nothing for a file without a safe fix, nor when only quick fixes are asked for', async () => {
    await change(session, B, KPIS_B, 3);
    await session.client.diagnosticsOf(session.path(B), (found) => found.length === 0);
    assert.deepEqual(await fixAll(B), []);
    assert.deepEqual(await fixAll(A, ['quickfix']).then((actions) => actions.filter((action) => action.kind !== 'quickfix')), []);
  });

  it('is offered to "source" and "source.fixAll" requests, as the save actions make them', async () => {
    for (const only of [['source'], ['source.fixAll']]) assert.deepEqual((await fixAll(A, only)).map((action) => action.kind), ['source.fixAll.cxgov']);
  });
});

