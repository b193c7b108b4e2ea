import { strict as assert } from 'node:assert';
import type { Location } from 'vscode-languageserver-protocol';
import { at, cleanProject, startSession, textIn, type Session } from './featureProject.js';

describe('server: definition', () => {
  let session: Session;

  before(async () => {
    session = await startSession(cleanProject());
  });

  after(async () => {
    await session.stop();
  });

  async function definitionAt(relative: string, where: string, what = where): Promise<Location[]> {
    const result = await session.client.connection.sendRequest<Location[] | Location | null>('textDocument/definition', {
      textDocument: { uri: session.uri(relative) },
      position: at(session.text(relative), where, what),
    });
    return result === null ? [] : Array.isArray(result) ? result : [result];
  }

  it('jumps from a KPI\'s pillar to the pillar in the mission file', async () => {
    const [target, ...more] = await definitionAt('governance/kpis.yaml', 'supports: [effortless]', 'effortless');
    assert.equal(more.length, 0);
    assert.equal(target!.uri, session.uri('governance/mission.yaml'));
    assert.equal(textIn(session.text('governance/mission.yaml'), target!.range), 'effortless');
    assert.deepEqual(target!.range.start, at(session.text('governance/mission.yaml'), 'id: effortless', 'effortless'));
  });

  it('jumps from an owner to the owners file, from a list item, and from a KPI named in a standard', async () => {
    const [owner] = await definitionAt('governance/kpis.yaml', 'owner: support-lead', 'support-lead');
    assert.equal(owner!.uri, session.uri('governance/owners.yaml'));
    assert.deepEqual(owner!.range.start, at(session.text('governance/owners.yaml'), 'id: support-lead', 'support-lead'));
    const [pillar] = await definitionAt('governance/kpis.yaml', '      - trusted', 'trusted');
    assert.deepEqual(pillar!.range.start, at(session.text('governance/mission.yaml'), 'id: trusted', 'trusted'));
    const [kpi] = await definitionAt('governance/standards.yaml', 'measuredBy: [first-contact-resolution]', 'first-contact');
    assert.equal(kpi!.uri, session.uri('governance/kpis.yaml'));
    assert.equal(textIn(session.text('governance/kpis.yaml'), kpi!.range), 'first-contact-resolution');
  });

  it('answers nothing on text that names no entry', async () => {
    assert.deepEqual(await definitionAt('governance/kpis.yaml', 'category: outcome', 'outcome'), []);
    assert.deepEqual(await definitionAt('governance/kpis.yaml', 'name: Customer effort score', 'name'), []);
  });
});
