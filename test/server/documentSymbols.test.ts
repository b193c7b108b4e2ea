import { strict as assert } from 'node:assert';
import type { DocumentSymbol, Range } from 'vscode-languageserver-protocol';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { cleanProject, open, startSession, textIn, type Session } from './featureProject.js';

describe('server: document symbols', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject());
  });

  after(async () => {
    await session.stop();
  });

  function symbolsOf(relative: string): Promise<DocumentSymbol[]> {
    return session.client.connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: session.uri(relative) } });
  }

  /** `name (detail)` per symbol, children indented: the outline as a reader sees it. */
  function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap((symbol) => [`${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` (${symbol.detail})` : ''}`, ...outline(symbol.children ?? [], depth + 1)]);
  }

  const inside = (outer: Range, inner: Range) =>
    (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
    (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

  it('outlines a section and its entries by id, with their names', async () => {
    const symbols = await symbolsOf('governance/kpis.yaml');
    assert.deepEqual(outline(symbols), ['kpis (2 KPIs)', '  customer-effort-score (Customer effort score)', '  first-contact-resolution (First-contact resolution)']);
    const [section] = symbols;
    assert.equal(section!.kind, SymbolKind.Module);
    const [first, second] = section!.children!;
    const text = session.text('governance/kpis.yaml');
    assert.equal(textIn(text, first!.selectionRange), 'customer-effort-score');
    assert.equal(first!.range.start.line, 1);
    assert.equal(first!.range.end.line, 11, 'an entry spans all of its lines');
    assert.equal(second!.range.end.line, 24);
    for (const child of section!.children!) {
      assert.ok(inside(section!.range, child.range), 'children lie inside their section');
      assert.ok(inside(child.range, child.selectionRange), 'the selection lies inside the entry');
    }
  });

  it('puts the pillars under the mission, with the promise as its detail', async () => {
    assert.deepEqual(outline(await symbolsOf('governance/mission.yaml')), ['mission (Make every customer feel looked after.)', '  effortless (Effortless)', '  trusted (Trusted)']);
  });

  it('outlines every section of a file that holds several', async () => {
    await open(session, 'governance/standards.yaml', `${session.text('governance/standards.yaml')}values:\n  - id: own-it\n    name: Own it\n`);
    assert.deepEqual(outline(await symbolsOf('governance/standards.yaml')), [
      'standards (1 standard)',
      '  answer-within-a-day (Answer every email within a day)',
      'values (1 value)',
      '  own-it (Own it)',
    ]);
  });
});
