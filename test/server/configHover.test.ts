import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { at, startSession, textIn, type Session } from './featureProject.js';
import { CONFIG, configuredProject } from './configProject.js';

describe('server: hover in cxgov.yaml', () => {
  let session: Session;

  before(async () => {
    session = await startSession(configuredProject());
  });

  after(async () => {
    await session.stop();
  });

  async function hoverAt(where: string, what: string): Promise<Hover | null> {
    return session.client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: session.uri('cxgov.yaml') }, position: at(CONFIG, where, what) });
  }

  const markdown = (hover: Hover | null) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

  it('on a rule id under rules: what the rule catches, its default and a link to its page', async () => {
    const hover = await hoverAt('kpi-no-owner: warning', 'owner');
    const text = markdown(hover);
    assert.match(text, /kpi-no-owner/);
    assert.match(text, /A KPI with no owner/);
    assert.match(text, /Default severity: `warning`/);
    assert.match(text, /\(https:\/\/github\.com\/cxgov\/cxgov\/blob\/main\/docs\/rules\/kpi-no-owner\.md\)/);
    assert.equal(textIn(CONFIG, hover!.range!), 'kpi-no-owner');
  });

  it('on the rule of an exception', async () => {
    const text = markdown(await hoverAt('rule: pillar-unmeasured', 'unmeasured'));
    assert.match(text, /pillar-unmeasured/);
    assert.match(text, /docs\/rules\/pillar-unmeasured\.md/);
  });

  it('on the entity of an exception: the entry it names', async () => {
    const hover = await hoverAt('entity: kpis/first-contact-resolution', 'first');
    assert.match(markdown(hover), /First-contact resolution/);
    assert.equal(textIn(CONFIG, hover!.range!), 'kpis/first-contact-resolution');
  });

  it('on a setting: its documentation', async () => {
    assert.match(markdown(await hoverAt('exceptions:', 'exceptions')), /Exceptions/);
  });
});
