import assert from 'node:assert/strict';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { page, renderFiles, renderProject, sampleDir } from './renderProject.js';
import { SAME_NAMES } from './sameNames.js';

describe('handbook rendering: names as headings', () => {
  it('heads every entry with its name and shows its id in small print under it, with no bold name line', async () => {
    const pages = await renderProject(sampleDir('wow-retail'));
    const kpis = page(pages, 'kpis.md');
    assert.match(kpis, /^### First-contact resolution\n\n<sub>`id: first-contact-resolution`<\/sub>\n\nThe share of customer contacts/m);
    assert.match(page(pages, 'index.md'), /^### WOW service\n\n<sub>`id: wow-service`<\/sub>$/m);
    assert.match(page(pages, 'owners.md'), /^## Maya Okafor\n\n<sub>`id: maya-okafor`<\/sub>$/m);
    for (const { path, markdown } of pages) {
      assert.doesNotMatch(markdown, /^#+ [a-z0-9]+(-[a-z0-9]+)+$/m, `${path}: no kebab-case id as a heading`);
      assert.doesNotMatch(markdown, /^\*\*[^*]+\*\*$/m, `${path}: no bold name line`);
    }
  });

  it('keeps entries whose names are alike apart by their ids', async () => {
    const owners = page(await renderFiles(SAME_NAMES), 'owners.md');
    assert.match(owners, /^## Ana\n\n<sub>`id: ana`<\/sub>\n[^]*^## Ana\n\n<sub>`id: ana-team`<\/sub>$/m);
  });

  it('heads an entry without a name with its id, and writes what a source says as text, never as Markdown or HTML', async () => {
    const values = [
      'values:',
      '  - id: no-name',
      '  - id: "{odd}<id>`"',
      '    name: "<script>alert(1)</script> {x} *bold*"',
    ].join('\n');
    const markdown = page(await renderFiles({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/values.yaml': values }), 'values.md');
    assert.match(markdown, /^## no-name\n\n<sub>`id: no-name`<\/sub>$/m);
    assert.match(markdown, /^## \\<script>alert\(1\)\\<\/script> \\{x\\} \\\*bold\\\*\n\n<sub>`` id: {odd}<id>` ``<\/sub>$/m);
  });
});
