import assert from 'node:assert/strict';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lint, renderHandbookWithLocations, type EntityKind, type HandbookPage } from 'cxgov';
import { tempProject } from '../helpers/tempProject.js';
import { anchorsOf, brokenLinks, linksOf, parse } from './markdownTree.js';
import { handbookInput, page, renderProject, SAMPLES, sampleDir, TODAY } from './renderProject.js';
import { SAME_NAMES } from './sameNames.js';

/** Per page, the text right under each heading, by its anchor: an entry's small print (`<sub>id: …</sub>`). */
function underAnchors(pages: readonly HandbookPage[]): Map<string, Map<string, string>> {
  return new Map(
    pages.map(({ path, markdown }) => {
      const root: Root = parse(markdown);
      const slugger = new GithubSlugger();
      const under = new Map<string, string>();
      root.children.forEach((node, at) => {
        if (node.type === 'heading') under.set(slugger.slug(toString(node)), toString(root.children[at + 1] ?? { type: 'text', value: '' }));
      });
      return [path, under];
    }),
  );
}

/** Where every entity of the project in `cwd` is shown, checked against the rendered pages: each location is its own entry. */
async function assertLocated(cwd: string, singlePage: boolean): Promise<{ pages: HandbookPage[]; locate: (kind: EntityKind, id: string) => unknown }> {
  const { pages, locate } = renderHandbookWithLocations(await handbookInput(cwd, { singlePage }));
  const result = await lint({ cwd, today: TODAY });
  const under = underAnchors(pages);
  for (const entity of [...result.project!.index.entities.values()].flat()) {
    const location = locate(entity.kind as EntityKind, entity.id);
    assert.ok(location?.anchor, `${entity.kind} ${entity.id} has a location`);
    const shown = under.get(location.path)?.get(location.anchor);
    if (entity.kind === 'mission') assert.equal(location.anchor, 'the-customer-promise');
    else assert.equal(shown, `<sub>id: ${entity.id}</sub>`, `${entity.kind} ${entity.id}: #${location.anchor} on ${location.path}`);
  }
  return { pages, locate };
}

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
    it(`locates every wow-retail entity at its own entry${singlePage ? ' (single page)' : ''}`, async () => {
      const { locate } = await assertLocated(sampleDir('wow-retail'), singlePage);
      assert.deepEqual(locate('kpi', 'first-contact-resolution'), { path: singlePage ? 'index.md' : 'kpis.md', anchor: 'first-contact-resolution' });
      assert.deepEqual(locate('mission', 'mission'), { path: 'index.md', anchor: 'the-customer-promise' });
      assert.equal(locate('kpi', 'no-such-kpi'), undefined);
    });

    it(`numbers names that slug alike as GitHub does, and every link and location lands on its own entry${singlePage ? ' (single page)' : ''}`, async () => {
      const { root, cleanup } = tempProject(SAME_NAMES);
      try {
        const { pages, locate } = await assertLocated(root, singlePage);
        assert.deepEqual(brokenLinks(pages), []);
        if (singlePage) return;
        // The section headings "Catalogue" and "Driver KPIs" keep their anchors' order on the page.
        assert.deepEqual(locate('kpi', 'kpi-catalogue'), { path: 'kpis.md', anchor: 'catalogue-1' });
        assert.deepEqual(locate('kpi', 'outcome-drivers'), { path: 'kpis.md', anchor: 'driver-kpis' });
        assert.deepEqual(locate('kpi', 'nps-driver'), { path: 'kpis.md', anchor: 'net-promoter-score-1' });
        assert.deepEqual(locate('pillar', 'pillar-one'), { path: 'index.md', anchor: 'pillars-1' });
        assert.deepEqual(locate('pillar', 'care-again'), { path: 'index.md', anchor: 'care-1' });
        assert.deepEqual(locate('owner', 'ana-team'), { path: 'owners.md', anchor: 'ana-1' });
        assert.deepEqual(locate('value', 'value-one'), { path: 'values.md', anchor: 'values-1' });
        assert.match(
          page(pages, 'standards.md'),
          /^- \*\*Measured by:\*\* \[Catalogue\]\(kpis\.md#catalogue-1\), \[Net Promoter Score\]\(kpis\.md#net-promoter-score-1\), \[Net Promoter Score\]\(kpis\.md#net-promoter-score\)$/m,
        );
        assert.match(page(pages, 'kpis.md'), /^- \*\*Owner:\*\* \[Ana\]\(owners\.md#ana-1\)$/m);
      } finally {
        cleanup();
      }
    });
  }
});
