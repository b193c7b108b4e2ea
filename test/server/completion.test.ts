import { strict as assert } from 'node:assert';
import type { CompletionItem, MarkupContent, Position, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, endOf, change, cleanProject, KPIS, MISSION, open, positionOf, startSession, type Session } from './featureProject.js';

const KPI_FILE = 'governance/kpis.yaml';

describe('server: completion', () => {
  let session: Session;
  let version = 1;

  before(async () => {
    session = await startSession(cleanProject());
    await open(session, KPI_FILE);
  });

  after(async () => {
    await session.stop();
  });

  /** Puts `text` in the KPI file (as typed in the editor) and asks for completion where `|` is. */
  async function completeAt(marked: string): Promise<{ items: CompletionItem[]; text: string; position: Position }> {
    const text = marked.replace('|', '');
    const position = positionOf(text, marked.indexOf('|'));
    await change(session, KPI_FILE, text, ++version);
    const result = await session.client.connection.sendRequest<CompletionItem[] | { items: CompletionItem[] } | null>('textDocument/completion', {
      textDocument: { uri: session.uri(KPI_FILE) },
      position,
    });
    return { items: Array.isArray(result) ? result : (result?.items ?? []), text, position };
  }

  const labels = (items: CompletionItem[]) => items.map((item) => item.label);
  const docs = (item: CompletionItem | undefined) => (item?.documentation as MarkupContent | undefined)?.value ?? '';
  const accept = (text: string, item: CompletionItem) => applyEdits(text, [item.textEdit as TextEdit]);

  it('offers the owners by id with their names after "owner: ", on a line still being typed', async () => {
    const { items, text } = await completeAt(`${KPIS}  - id: new-kpi\n    name: New KPI\n    owner: |\n`);
    assert.deepEqual(labels(items).sort(), ['head-of-cx', 'support-lead']);
    const sam = items.find((item) => item.label === 'support-lead')!;
    assert.equal(sam.detail, 'Sam Rivera');
    assert.match(docs(sam), /person/);
    assert.match(docs(sam), /owns 2 KPIs/i);
    assert.match(accept(text, sam), /    owner: support-lead\n$/);
  });

  it('adds the space after "owner:" when triggered on the colon', async () => {
    const { items, text } = await completeAt(`${KPIS}  - id: new-kpi\n    name: New KPI\n    owner:|\n`);
    const head = items.find((item) => item.label === 'head-of-cx')!;
    assert.match(accept(text, head), /    owner: head-of-cx\n$/);
  });

  it('offers the pillars inside "supports: [", even when the YAML does not parse yet', async () => {
    const { items, text } = await completeAt(`${KPIS}  - id: new-kpi\n    name: New KPI\n    supports: [tr|\n`);
    assert.deepEqual(labels(items).sort(), ['effortless', 'trusted']);
    const trusted = items.find((item) => item.label === 'trusted')!;
    assert.equal(trusted.detail, 'Trusted');
    assert.match(accept(text, trusted), /supports: \[trusted\n$/);
  });

  it('leaves out the pillars already in the list', async () => {
    const { items } = await completeAt(`${KPIS}  - id: new-kpi\n    name: New KPI\n    supports:\n      - effortless\n      - |\n`);
    assert.deepEqual(labels(items), ['trusted']);
  });

  it('offers KPIs in guardrails and enum values for category', async () => {
    const guardrails = await completeAt(`${KPIS}  - id: new-kpi\n    name: New KPI\n    guardrails: [|]\n`);
    assert.deepEqual(labels(guardrails.items).sort(), ['customer-effort-score', 'first-contact-resolution']);
    const category = await completeAt(`${KPIS}  - id: new-kpi\n    name: New KPI\n    category: |\n`);
    assert.deepEqual(labels(category.items), ['outcome', 'driver', 'efficiency', 'commercial']);
  });

  it('offers the fields not yet written, with their documentation and a plain "field: " insert', async () => {
    const { items, text } = await completeAt(`${KPIS}  - id: new-kpi\n    name: New KPI\n    |\n`);
    const names = labels(items);
    assert.ok(!names.includes('id') && !names.includes('name'), 'written fields are not offered again');
    for (const field of ['owner', 'supports', 'category', 'direction', 'guardrails']) assert.ok(names.includes(field), field);
    const owner = items.find((item) => item.label === 'owner')!;
    assert.equal(owner.insertText, 'owner: ');
    assert.match(docs(owner), /accountable/);
    assert.match(accept(text, owner), /\n    owner: \n$/);
  });

  it('offers the fields of a new list entry after "- ", and the values of an enum', async () => {
    const entry = await completeAt(`${KPIS}  - |\n`);
    assert.deepEqual(labels(entry.items).slice(0, 3), ['id', 'name', 'description']);
    assert.match(entry.items[0]!.detail!, /required/);
    const status = await completeAt(`${KPIS}  - id: x\n    status: |\n`);
    assert.deepEqual(labels(status.items), ['draft', 'active', 'validated', 'retired']);
  });

  it('offers the sections at the top level, with their documentation', async () => {
    const { items } = await completeAt(`${KPIS}|`);
    const names = labels(items);
    assert.ok(names.includes('standards') && names.includes('owners') && names.includes('mission'));
    assert.ok(!names.includes('kpis'), 'a section already in the file is not offered');
    assert.match(docs(items.find((item) => item.label === 'mission')), /customer promise/);
  });

  it('offers nothing inside free text', async () => {
    const { items } = await completeAt(`${KPIS}  - id: new-kpi\n    name: New |\n`);
    assert.deepEqual(items, []);
  });
});

describe('server: completion in a one-file project being typed', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject({ 'governance/mission.yaml': '', 'governance/all.yaml': `${MISSION}${KPIS.replace('kpis:\n', 'kpis:\n  - id: typing\n    supports: [\n')}` }));
  });

  after(async () => {
    await session.stop();
  });

  it('still knows the pillars of the file while a line of it does not parse', async () => {
    const text = session.text('governance/all.yaml');
    await open(session, 'governance/all.yaml', text);
    const result = await session.client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: session.uri('governance/all.yaml') },
      position: endOf(text, 'supports: ['),
    });
    assert.deepEqual(result.map((item) => item.label).sort(), ['effortless', 'trusted']);
  });

  it('and while another line is left half-written too', async () => {
    const text = session.text('governance/all.yaml').replace('    name: Customer effort score', '    name: [Customer effort');
    await change(session, 'governance/all.yaml', text, 2);
    const result = await session.client.connection.sendRequest<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: session.uri('governance/all.yaml') },
      position: endOf(text, 'supports: ['),
    });
    assert.deepEqual(result.map((item) => item.label).sort(), ['effortless', 'trusted']);
  });
});
