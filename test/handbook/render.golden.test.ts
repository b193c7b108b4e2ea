import assert from 'node:assert/strict';
import type { HandbookPage } from 'cxgov';
import { expectGolden } from '../helpers/golden.js';
import { renderProject, SAMPLES, sampleDir } from './renderProject.js';

const PAGE_PATHS = ['health.md', 'index.md', 'initiatives.md', 'kpis.md', 'owners.md', 'rituals.md', 'standards.md', 'values.md'];

/** A page's front matter block (`---` … `---`), and the page without it. */
function splitFrontMatter(markdown: string): { frontMatter: string; body: string } {
  const match = /^---\n[\s\S]*?\n---\n\n/.exec(markdown);
  return match ? { frontMatter: match[0], body: markdown.slice(match[0].length) } : { frontMatter: '', body: markdown };
}

// Review the golden pages by reading them: they are what a CX team publishes.
// UPDATE_GOLDEN=1 npx mocha 'test/dist/handbook/**/*.test.js' rewrites them after a wanted change.
describe('handbook rendering: golden pages', () => {
  for (const sample of SAMPLES) {
    it(`${sample}: one page per section plus the front page`, async () => {
      const pages = await renderProject(sampleDir(sample));
      assert.deepEqual(pages.map((page) => page.path), PAGE_PATHS);
      for (const page of pages) expectGolden(`handbook/${sample}/${page.path}`, page.markdown);
    });
  }

  it('wow-retail as a single page', async () => {
    const pages = await renderProject(sampleDir('wow-retail'), { singlePage: true });
    assert.deepEqual(pages.map((page) => page.path), ['index.md']);
    expectGolden('handbook/wow-retail-single-page/index.md', pages[0]!.markdown);
  });

  it('wow-retail with MkDocs and Docusaurus front matter: only the front matter differs', async () => {
    const plain = await renderProject(sampleDir('wow-retail'));
    const blocks: string[] = [];
    for (const frontMatter of ['mkdocs', 'docusaurus'] as const) {
      const pages: HandbookPage[] = await renderProject(sampleDir('wow-retail'), { frontMatter });
      pages.forEach((page, index) => {
        const split = splitFrontMatter(page.markdown);
        assert.equal(split.body, plain[index]!.markdown, `${frontMatter} ${page.path}: the page below its front matter`);
        blocks.push(`${frontMatter} ${page.path}:\n${split.frontMatter}`);
      });
    }
    expectGolden('handbook/wow-retail-front-matter.txt', blocks.join('\n'));
  });
});
