import { strict as assert } from 'node:assert';
import type { CodeLens, Location } from 'vscode-languageserver-protocol';
import { change, cleanProject, KPIS, open, startSession, textIn, type Session } from './featureProject.js';

/** What a lens's `cxgov.showReferences` command carries: the lens's place and the locations it counts. */
interface Shown {
  title: string;
  at: string;
  places: string[];
}

describe('server: code lens commands open what they count', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject());
  });

  after(async () => {
    await session.stop();
  });

  /** Each lens of a file: its title, the file and position it opens at, and each location as `file:line: text`. */
  async function shown(relative: string): Promise<Shown[]> {
    const lenses = await session.client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri(relative) } });
    return lenses.map((lens) => {
      const { title, command, arguments: args } = lens.command!;
      assert.equal(command, 'cxgov.showReferences');
      const [uri, position, locations] = args as [string, { line: number; character: number }, Location[]];
      assert.deepEqual(position, lens.range.start);
      return { title, at: `${uri.slice(session.uri('').length + 1)}:${position.line}`, places: locations.map((location) => place(location)) };
    });
  }

  /** `file:line: text` of a location, from the text on disk (or the text given for a file). */
  function place(location: Location, texts: Record<string, string> = {}): string {
    const relative = location.uri.slice(session.uri('').length + 1);
    return `${relative}:${location.range.start.line}: ${textIn(texts[relative] ?? session.text(relative), location.range)}`;
  }

  it('gives each owner lens the places that make up its count', async () => {
    assert.deepEqual(await shown('governance/owners.yaml'), [
      { title: 'sponsors the mission · 1 standard', at: 'governance/owners.yaml:1', places: ['governance/mission.yaml:2: head-of-cx', 'governance/standards.yaml:3: head-of-cx'] },
      { title: '2 KPIs', at: 'governance/owners.yaml:4', places: ['governance/kpis.yaml:4: support-lead', 'governance/kpis.yaml:15: support-lead'] },
    ]);
  });

  it('gives each pillar lens the entries that support it, once each', async () => {
    assert.deepEqual(await shown('governance/mission.yaml'), [
      {
        title: 'supported by 2 KPIs · 1 standard',
        at: 'governance/mission.yaml:4',
        places: ['governance/kpis.yaml:5: effortless', 'governance/kpis.yaml:17: effortless', 'governance/standards.yaml:4: effortless'],
      },
      { title: 'supported by 1 KPI', at: 'governance/mission.yaml:7', places: ['governance/kpis.yaml:18: trusted'] },
    ]);
  });

  it('gives a KPI lens what it measures, what it guards and the KPIs that guard it', async () => {
    const guarded = KPIS.replace('    status: active\n', '    guardrails: [first-contact-resolution]\n    status: active\n');
    await open(session, 'governance/kpis.yaml', KPIS);
    await change(session, 'governance/kpis.yaml', guarded, 2);
    const lenses = await session.client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('governance/kpis.yaml') } });
    const texts = { 'governance/kpis.yaml': guarded };
    assert.deepEqual(
      lenses.map((lens) => [lens.command!.title, ...(lens.command!.arguments![2] as Location[]).map((location) => place(location, texts))]),
      [
        // The KPI guarding it is shown where it is defined.
        ['guarded by 1 KPI', 'governance/kpis.yaml:13: first-contact-resolution'],
        ['measures 1 standard · guards 1 KPI', 'governance/standards.yaml:5: first-contact-resolution', 'governance/kpis.yaml:11: first-contact-resolution'],
      ],
    );
    await change(session, 'governance/kpis.yaml', KPIS, 3);
  });

  it('gives a lens on an entry nothing refers to no places', async () => {
    await change(session, 'governance/kpis.yaml', KPIS, 4);
    const lenses = await session.client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: session.uri('governance/kpis.yaml') } });
    assert.equal(lenses[0]!.command!.title, 'not referenced');
    assert.deepEqual(lenses[0]!.command!.arguments![2], []);
  });
});
