import assert from 'node:assert/strict';
import type { RootContent } from 'mdast';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';
import { HOSTILE } from './hostileProject.js';
import { Anchors, plainBlock, renderPages, Writer } from './internals.js';
import { RandomPages } from './randomBlocks.js';
import { handbookInput, SAMPLES, sampleDir } from './renderProject.js';

/** A page's Markdown from its blocks, written plainly where it can be or by remark alone. */
function write(blocks: readonly RootContent[], plain: boolean): string {
  const anchors = new Anchors();
  const writer = new Writer('page.md', anchors, plain);
  // Both writers change the blocks (link URLs, addresses made links), so each gets its own copy.
  // A table made row by row holds its cells' maker, a function: only its items are copied.
  for (const block of blocks) writer.add(block.type === 'rows' ? { ...block, items: structuredClone(block.items) } : structuredClone(block));
  return writer.finish(anchors);
}

describe('handbook rendering: plain blocks are written as remark writes them', () => {
  for (const sample of SAMPLES) {
    for (const singlePage of [false, true]) {
      it(`${sample}${singlePage ? ' (single page)' : ''}: the same bytes as remark writing each page whole`, async () => {
        const input = await handbookInput(sampleDir(sample), { singlePage, frontMatter: singlePage ? 'docusaurus' : 'mkdocs' });
        assert.deepEqual(renderPages(input, { plain: true }), renderPages(input, { plain: false }));
      });
    }
  }

  it('hostile text: the same bytes as remark writing each page whole', async () => {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/hostile.yaml': HOSTILE });
    try {
      const input = await handbookInput(root);
      assert.deepEqual(renderPages(input, { plain: true }), renderPages(input, { plain: false }));
    } finally {
      cleanup();
    }
  });

  it('random pages of tricky text: the same bytes as remark, and most blocks written plainly', () => {
    const pages = new RandomPages(20261123);
    let blocks = 0;
    let plain = 0;
    for (let n = 0; n < 1500; n += 1) {
      const page = pages.page();
      assert.equal(write(page, true), write(page, false), JSON.stringify(page));
      blocks += page.length;
      plain += page.filter((block) => plainBlock(block, false, [], [])).length;
    }
    // Both ways are exercised: the test would pass vacuously if the plain writer refused everything.
    assert.ok(plain > blocks * 0.2 && plain < blocks * 0.9, `${plain} of ${blocks} blocks plain`);
  });
});
