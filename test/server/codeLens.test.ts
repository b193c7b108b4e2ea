import { strict as assert } from 'node:assert';
import type { CodeLens } from 'vscode-languageserver-protocol';
import { change, cleanProject, KPIS, open, startSession, textIn, type Session } from './featureProject.js';

describe('server: code lens', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject({ 'governance/values.yaml': 'values:\n  - id: own-it\n    name: Own it\n' }));
  });

  after(async () => {
    await session.stop();
  });

  /** `id: title` for each lens of a file. */
  async function lenses(relative: string, text = session.text(relative)): Promise<string[]> {
    const result = await session.client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri(relative) } });
    return result.map((lens) => `${textIn(text, lens.range)}: ${lens.command!.title}`);
  }

  it('sums up what each owner owns and sponsors', async () => {
    assert.deepEqual(await lenses('governance/owners.yaml'), ['head-of-cx: sponsors the mission · 1 standard', 'support-lead: 2 KPIs']);
  });

  it('says what supports each pillar', async () => {
    assert.deepEqual(await lenses('governance/mission.yaml'), ['effortless: supported by 2 KPIs · 1 standard', 'trusted: supported by 1 KPI']);
  });

  it('says what a KPI measures and what guards it, and when nothing refers to it', async () => {
    const guarded = KPIS.replace('    status: active\n', '    guardrails: [first-contact-resolution]\n    status: active\n');
    await open(session, 'governance/kpis.yaml', KPIS);
    await change(session, 'governance/kpis.yaml', guarded, 2);
    assert.deepEqual(await lenses('governance/kpis.yaml', guarded), [
      'customer-effort-score: guarded by 1 KPI',
      'first-contact-resolution: measures 1 standard · guards 1 KPI',
    ]);
    await change(session, 'governance/kpis.yaml', KPIS, 3);
    assert.deepEqual(await lenses('governance/kpis.yaml', KPIS), ['customer-effort-score: not referenced', 'first-contact-resolution: measures 1 standard']);
  });

  it('puts no lens on other kinds of entry', async () => {
    assert.deepEqual(await lenses('governance/values.yaml'), []);
  });
});
