import assert from 'node:assert/strict';
import { compile } from '@mdx-js/mdx';
import type { HandbookOptions, HandbookPage } from 'cxgov';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';
import { HOSTILE } from './hostileProject.js';
import { parse, stringifyForGitHub } from './markdownTree.js';
import { renderProject, SAMPLES, sampleDir } from './renderProject.js';

const VARIANTS: Partial<HandbookOptions>[] = [{ frontMatter: 'docusaurus' }, { frontMatter: 'docusaurus', singlePage: true }];

/** Compiles a page as Docusaurus 3 does: MDX, with GFM and front matter. The error names the line. */
async function compileAsMdx({ path, markdown }: HandbookPage): Promise<void> {
  try {
    await compile(markdown, { format: 'mdx', remarkPlugins: [remarkFrontmatter, remarkGfm] });
  } catch (error) {
    assert.fail(`${path} does not compile as MDX: ${String(error)}`);
  }
}

/** The page as GitHub shows it: CommonMark with GFM, to HTML. */
function html(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The projects the test renders: both samples and the hostile project. */
async function withEveryProject(check: (name: string, root: string) => Promise<void>): Promise<void> {
  for (const sample of SAMPLES) await check(sample, sampleDir(sample));
  const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/hostile.yaml': HOSTILE });
  try {
    await check('hostile', root);
  } finally {
    cleanup();
  }
}

describe('handbook rendering: MDX-safe pages for Docusaurus', function () {
  // Compiling every page of three projects, twice, takes a while on a busy machine.
  this.timeout(120_000);

  it('compiles every page of both samples and of the hostile project with @mdx-js/mdx', async () => {
    await withEveryProject(async (name, root) => {
      for (const options of VARIANTS) {
        const pages = await renderProject(root, options);
        assert.ok(pages.length > 0, name);
        for (const page of pages) await compileAsMdx(page);
      }
    });
  });

  it('escapes only what GitHub shows the same: each page renders as the same HTML as remark writes it without the MDX escapes', async () => {
    await withEveryProject(async (name, root) => {
      for (const { path, markdown } of await renderProject(root, { frontMatter: 'docusaurus' })) {
        assert.equal(html(markdown), html(stringifyForGitHub(parse(markdown))), `${name} ${path}`);
      }
    });
  });

  it('shows hostile text as written, with e-mail addresses as explicit links', async () => {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/hostile.yaml': HOSTILE });
    try {
      const kpis = html((await renderProject(root, { frontMatter: 'docusaurus' })).find((page) => page.path === 'kpis.md')!.markdown);
      assert.ok(kpis.includes('Answered in &lt;20 seconds, {count} of calls; &lt;!-- note --&gt; and } alone; write to &lt;<a href="mailto:a@b.example">a@b.example</a>&gt;'), kpis);
      assert.ok(kpis.includes('<p>import x from \'y\'</p>'), kpis);
      assert.ok(kpis.includes('<p>export const answer = {42}</p>'), kpis);
      assert.ok(kpis.includes('<a href="mailto:me@example.com">me@example.com</a>'), kpis);
    } finally {
      cleanup();
    }
  });
});
