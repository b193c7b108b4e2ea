import { strict as assert } from 'node:assert';
import { RULES } from 'cxgov';
import type { CompletionItem, CompletionList, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, change, open, positionOf, startSession, type Session } from './featureProject.js';
import { CONFIG, configuredProject } from './configProject.js';

describe('server: completion in cxgov.yaml', () => {
  let session: Session;
  let version = 1;

  before(async () => {
    session = await startSession(configuredProject());
    await open(session, 'cxgov.yaml');
  });

  after(async () => {
    await session.stop();
  });

  /** Puts `marked` in cxgov.yaml as typed (unsaved) and asks for completion where `|` is. */
  async function completeAt(marked: string): Promise<{ items: CompletionItem[]; text: string }> {
    const text = marked.replace('|', '');
    await change(session, 'cxgov.yaml', text, ++version);
    const result = await session.client.connection.sendRequest<CompletionItem[] | CompletionList | null>('textDocument/completion', {
      textDocument: { uri: session.uri('cxgov.yaml') },
      position: positionOf(text, marked.indexOf('|')),
    });
    return { items: Array.isArray(result) ? result : (result?.items ?? []), text };
  }

  const labels = (items: CompletionItem[]) => items.map((item) => item.label);
  const accept = (text: string, item: CompletionItem) => applyEdits(text, [item.textEdit as TextEdit]);

  it('offers the rule ids under "rules:", without those already set, each with what it catches', async () => {
    const { items, text } = await completeAt(CONFIG.replace('  kpi-no-owner: warning\n', '  kpi-no-owner: warning\n  tar|\n'));
    const expected = RULES.map((rule) => rule.id).filter((id) => !['owner-without-customers', 'kpi-no-owner', 'unused-suppression'].includes(id));
    assert.deepEqual(labels(items).sort(), expected.sort());
    const baseline = items.find((item) => item.label === 'target-without-baseline')!;
    assert.equal(baseline.detail, RULES.find((rule) => rule.id === 'target-without-baseline')!.description);
    assert.match((baseline.documentation as MarkupContent).value, /docs\/rules\/target-without-baseline\.md/);
    assert.match(accept(text, baseline), /\n  target-without-baseline: \n  unused-suppression: off\n/);
  });

  it('offers the severities cxgov accepts after a rule id', async () => {
    const { items, text } = await completeAt(CONFIG.replace('kpi-no-owner: warning', 'kpi-no-owner: |'));
    assert.deepEqual(labels(items), ['error', 'warning', 'info', 'off']);
    assert.match(accept(text, items.find((item) => item.label === 'off')!), /\n  kpi-no-owner: off\n/);
  });

  it('offers the rule ids for an exception\'s rule', async () => {
    const { items, text } = await completeAt(`${CONFIG}  - rule: kpi-no|\n`);
    assert.deepEqual(labels(items).sort(), RULES.map((rule) => rule.id).sort());
    assert.match(accept(text, items.find((item) => item.label === 'kpi-no-mission-link')!), /\n  - rule: kpi-no-mission-link\n$/);
  });

  it('offers every entry of the project as section/id for an exception\'s entity, with its name', async () => {
    const { items, text } = await completeAt(`${CONFIG}  - rule: kpi-no-owner\n    entity: |\n`);
    assert.deepEqual(labels(items).sort(), [
      'kpis/customer-effort-score',
      'kpis/first-contact-resolution',
      'mission/mission',
      'owners/head-of-cx',
      'owners/support-lead',
      'pillars/effortless',
      'pillars/trusted',
      'standards/answer-within-a-day',
    ]);
    const score = items.find((item) => item.label === 'kpis/customer-effort-score')!;
    assert.equal(score.detail, 'Customer effort score');
    assert.match((score.documentation as MarkupContent).value, /Customer effort score/);
    assert.match(accept(text, score), /\n    entity: kpis\/customer-effort-score\n$/);
  });

  it('offers the fields of an exception not yet written', async () => {
    const { items } = await completeAt(`${CONFIG}  - rule: kpi-no-owner\n    |\n`);
    assert.deepEqual(labels(items), ['entity', 'reason', 'expires']);
  });
});
