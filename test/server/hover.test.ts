import { strict as assert } from 'node:assert';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { at, cleanProject, KPIS, open, startSession, textIn, type Session } from './featureProject.js';

describe('server: hover', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject());
  });

  after(async () => {
    await session.stop();
  });

  async function hoverAt(relative: string, where: string, what = where): Promise<Hover | null> {
    return session.client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: session.uri(relative) },
      position: at(session.text(relative), where, what),
    });
  }

  const markdown = (hover: Hover | null) => (hover?.contents as MarkupContent).value;

  it('on an owner reference: who that is and what else they own, by name', async () => {
    const hover = await hoverAt('governance/kpis.yaml', 'owner: support-lead', 'lead');
    const text = markdown(hover);
    assert.match(text, /Sam Rivera/);
    assert.match(text, /person/);
    assert.match(text, /Owns 2 KPIs/);
    assert.match(text, /customer-effort-score/);
    assert.match(text, /First-contact resolution/);
    assert.equal(textIn(KPIS, hover!.range!), 'support-lead');
  });

  it('on a pillar reference in another file: its name, description and what supports it', async () => {
    const text = markdown(await hoverAt('governance/kpis.yaml', '      - trusted', 'trusted'));
    assert.match(text, /\*\*Trusted\*\*/);
    assert.match(text, /Customers believe what we tell them/);
    assert.match(text, /Supported by 1 KPI/);
  });

  it('on an id: what refers to it', async () => {
    const text = markdown(await hoverAt('governance/owners.yaml', 'id: head-of-cx', 'head'));
    assert.match(text, /Head of Customer Experience/);
    assert.match(text, /Sponsors the mission/);
    assert.match(text, /Owns 1 standard: `answer-within-a-day`/);
  });

  it('on a field key: its schema title and documentation', async () => {
    const hover = await hoverAt('governance/kpis.yaml', 'category: outcome', 'category');
    assert.match(markdown(hover), /^\*\*Category\*\*/);
    assert.match(markdown(hover), /efficiency/);
    assert.equal(textIn(KPIS, hover!.range!), 'category');
  });

  it('on an unknown id: says that no entry has it, as the editor text stands', async () => {
    const edited = KPIS.replace('owner: support-lead', 'owner: nobody');
    await open(session, 'governance/kpis.yaml', edited);
    const hover = await session.client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri: session.uri('governance/kpis.yaml') },
      position: at(edited, 'owner: nobody', 'body'),
    });
    assert.match(markdown(hover), /No owner has the id `nobody`/);
  });

  it('on a section key: the section\'s documentation; between entries: nothing', async () => {
    assert.match(markdown(await hoverAt('governance/owners.yaml', 'owners:', 'owners')), /^\*\*Owners\*\*/);
    assert.equal(await hoverAt('governance/owners.yaml', '  - id: head-of-cx', ' '), null);
  });
});
