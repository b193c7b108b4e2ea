import assert from 'node:assert/strict';
import type { HandbookOptions } from 'cxgov';
import { foreignHtml, parse, stringify } from './markdownTree.js';
import { renderProject, SAMPLES, sampleDir } from './renderProject.js';

const VARIANTS: Partial<HandbookOptions>[] = [{}, { singlePage: true }, { frontMatter: 'mkdocs' }, { frontMatter: 'docusaurus', singlePage: true }];

describe('handbook rendering: round trip', () => {
  for (const sample of SAMPLES) {
    for (const options of VARIANTS) {
      it(`${sample} ${JSON.stringify(options)}: parses back to a tree that writes the same bytes, with no raw HTML`, async () => {
        for (const { path, markdown } of await renderProject(sampleDir(sample), options)) {
          const tree = parse(markdown);
          assert.equal(stringify(tree), markdown, path);
          assert.deepEqual(foreignHtml(tree), [], `${path} has no html nodes but the small print`);
          assert.ok(!markdown.includes('\r'), `${path} has Unix line ends`);
        }
      });
    }
  }
});
