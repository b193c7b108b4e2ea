import assert from 'node:assert/strict';
import { renderHandbookWithLocations, type HandbookInput, type HandbookPage, type LocatedHandbook } from 'cxgov';
import { tempProject } from '../helpers/tempProject.js';
import { renderPages } from './internals.js';
import { AWKWARD_IDS, largeProject } from './largeProject.js';
import { readPages } from './markdownTree.js';
import { brokenIn, type PageLinks } from './pageLinks.js';
import { quickRead } from './quickReader.js';
import { handbookInput, renderProject, SAMPLES, sampleDir } from './renderProject.js';

const KPIS = 2000;

describe('handbook rendering: a project of 2,000 KPIs', () => {
  let input: HandbookInput;
  let pages: HandbookPage[];
  let locate: LocatedHandbook['locate'];
  let read: PageLinks;
  before(async () => {
    const { root, cleanup } = tempProject(largeProject(KPIS));
    try {
      input = await handbookInput(root);
    } finally {
      cleanup();
    }
    ({ pages, locate } = renderHandbookWithLocations(input));
    read = quickRead(pages);
  });

  it('links every internal link to a page and a heading that exist', () => {
    assert.ok(read.links.length > 5 * KPIS, 'the pages link to each other');
    assert.deepEqual(brokenIn(read), []);
  });

  it('gives every KPI a heading, numbered where names slug alike, where the render locates it', () => {
    const anchors = read.anchors.get('kpis.md')!;
    for (const id of [...Array.from({ length: KPIS }, (_, n) => `kpi-${n}`), ...AWKWARD_IDS]) {
      const location = locate('kpi', id);
      assert.ok(location?.path === 'kpis.md' && anchors.has(location.anchor), id);
    }
    // `## Catalogue` and `## Outcome KPIs` come first, `KPI 3` (an outcome) before `KPI-3`, `kpi5` (an outcome) before `kpi.5`.
    for (const anchor of ['catalogue-1', 'outcome-kpis-1', 'kpi-3-1', 'kpi5-1', 'café-nps']) assert.ok(anchors.has(anchor), anchor);
    assert.equal(anchors.size, KPIS + AWKWARD_IDS.length + 5, 'a heading per KPI, and the page, the catalogue and three groups');
  });

  it('writes the same bytes as remark writing each page whole', () => {
    assert.deepEqual(pages, renderPages(input, { plain: false }));
  });
});

describe('handbook rendering: reading links without a parser', () => {
  for (const sample of SAMPLES) {
    for (const singlePage of [false, true]) {
      it(`${sample}${singlePage ? ' (single page)' : ''}: finds the anchors and links the Markdown parser finds`, async () => {
        const pages = await renderProject(sampleDir(sample), { singlePage, frontMatter: 'mkdocs' });
        const parsed = readPages(pages);
        const quick = quickRead(pages);
        assert.deepEqual(quick.anchors, parsed.anchors);
        assert.deepEqual(quick.links, parsed.links);
      });
    }
  }
});
