import assert from 'node:assert/strict';
import { handbookLocation, lint, type EntityKind } from 'cxgov';
import { anchorsOf, brokenLinks, linksOf } from './markdownTree.js';
import { page, renderProject, SAMPLES, sampleDir, TODAY } from './renderProject.js';

describe('handbook rendering: links and anchors', () => {
  for (const sample of SAMPLES) {
    for (const singlePage of [false, true]) {
      it(`${sample}${singlePage ? ' (single page)' : ''}: every relative link lands on a page and a heading that exist`, async () => {
        const pages = await renderProject(sampleDir(sample), { singlePage, frontMatter: 'docusaurus' });
        assert.ok(linksOf(pages).length > 50, 'the pages link to each other');
        assert.deepEqual(brokenLinks(pages), []);
        if (singlePage) assert.ok(linksOf(pages).every(({ link }) => !/^[\w-]+\.md/.test(link.url)), 'links are in-page anchors');
      });
    }
  }

  it('wow-retail: a reader can go promise → pillar → KPI → owner, and back', async () => {
    const pages = await renderProject(sampleDir('wow-retail'));
    const links = linksOf(pages);
    const urls = (path: string) => new Set(links.filter(({ from }) => from === path).map(({ link }) => link.url));
    assert.ok(anchorsOf(page(pages, 'index.md')).has('wow-service'));
    assert.ok(urls('index.md').has('kpis.md#net-promoter-score'), 'pillar → KPI');
    assert.ok(urls('kpis.md').has('owners.md#cx-insights-lead'), 'KPI → owner');
    assert.ok(urls('owners.md').has('kpis.md#net-promoter-score'), 'owner → KPI');
    assert.ok(urls('kpis.md').has('index.md#wow-service'), 'KPI → pillar');
    assert.ok(urls('owners.md').has('index.md#the-customer-promise'), 'sponsor → promise');
    assert.ok(urls('index.md').has('owners.md#maya-okafor'), 'promise → sponsor');
  });

  for (const singlePage of [false, true]) {
    it(`handbookLocation agrees with where every wow-retail entity is shown${singlePage ? ' (single page)' : ''}`, async () => {
      const cwd = sampleDir('wow-retail');
      const pages = await renderProject(cwd, { singlePage });
      const result = await lint({ cwd, today: TODAY });
      const entities = [...result.project!.index.entities.values()].flat();
      assert.ok(entities.length > 40);
      const anchors = new Map(pages.map((shown) => [shown.path, anchorsOf(shown.markdown)]));
      for (const entity of entities) {
        const location = handbookLocation(entity.kind as EntityKind, entity.id, { singlePage });
        assert.ok(anchors.get(location.path)?.has(location.anchor), `${entity.kind} ${entity.id}: #${location.anchor} on ${location.path}`);
      }
      assert.deepEqual(handbookLocation('kpi', 'net-promoter-score', { singlePage }), { path: singlePage ? 'index.md' : 'kpis.md', anchor: 'net-promoter-score' });
      assert.deepEqual(handbookLocation('mission', 'mission', { singlePage }), { path: 'index.md', anchor: 'the-customer-promise' });
    });
  }
});
