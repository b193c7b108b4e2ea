// An exception's entity in cxgov.yaml, among more entries than a list is sent whole: filtered on
// the server by what is typed, cut, and marked incomplete, as ids in sources are.
import { strict as assert } from 'node:assert';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { change, endOf, open, startSession, type Session } from './featureProject.js';
import { CONFIG, configuredProject } from './configProject.js';

const KPIS = 400;

function manyKpis(): string {
  return `kpis:\n${Array.from({ length: KPIS }, (_, i) => `  - id: metric-${i}\n    name: Metric ${i}\n    owner: head-of-cx\n    supports: [effortless]\n`).join('')}`;
}

describe('server: completion of an exception\'s entity among 400 KPIs', () => {
  let session: Session;
  let version = 1;

  before(async () => {
    session = await startSession(configuredProject({ 'governance/many-kpis.yaml': manyKpis() }));
    await open(session, 'cxgov.yaml');
  });

  after(async () => {
    await session.stop();
  });

  async function completeAfter(typed: string): Promise<CompletionList> {
    const text = `${CONFIG}  - rule: kpi-no-owner\n    entity: ${typed}\n`;
    await change(session, 'cxgov.yaml', text, ++version);
    const result = await session.client.connection.sendRequest<CompletionItem[] | CompletionList>('textDocument/completion', {
      textDocument: { uri: session.uri('cxgov.yaml') },
      position: endOf(text, `entity: ${typed}`),
    });
    assert.ok(!Array.isArray(result), 'a long list comes as a CompletionList');
    return result;
  }

  it('sends a cut list with nothing typed, and every entry that starts with what is typed', async () => {
    const all = await completeAfter('');
    assert.equal(all.isIncomplete, true);
    assert.ok(all.items.length < KPIS, `${all.items.length} items`);
    const typed = await completeAfter('kpis/metric-39');
    assert.equal(typed.isIncomplete, true);
    assert.deepEqual(typed.items.map((item) => item.label).sort(), ['kpis/metric-39', ...Array.from({ length: 10 }, (_, i) => `kpis/metric-39${i}`)].sort());
  });
});
