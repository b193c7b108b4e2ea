import assert from 'node:assert/strict';
import { page, renderFiles } from './renderProject.js';

/** The headings of a page's entries, in the order the page shows them. */
function entryHeadings(markdown: string): string[] {
  return [...markdown.matchAll(/^#+ (.+)\n\n<sub>/gm)].map((match) => match[1]!);
}

const VALUES_A = `values:
  - { id: zeal, name: Third value }
  - { id: attention, name: First value }
owners:
  - { id: pat, name: Pat, type: person }
kpis:
  - { id: wait-time, name: Wait time, owner: pat, category: driver }
  - { id: effort, name: Customer effort, owner: pat, category: outcome }
  - { id: nps, name: Net Promoter Score, owner: pat, category: outcome }
`;
const VALUES_B = `values:
  - { id: modesty, name: Second value }
standards:
  - { id: st-3, title: Standard three, owner: pat, values: [attention] }
  - { id: st-1, title: Standard one, owner: pat, values: [attention] }
  - { id: st-2, title: Standard two, owner: pat, values: [attention] }
`;

describe('handbook rendering: the authors\' order', () => {
  it('lists entries in the order they are written, file after file, never alphabetically', async () => {
    const pages = await renderFiles({ 'cxgov.yaml': 'name: Order\n', 'governance/a.yaml': VALUES_A, 'governance/b.yaml': VALUES_B });
    assert.deepEqual(entryHeadings(page(pages, 'values.md')), ['Third value', 'First value', 'Second value']);
    assert.deepEqual(entryHeadings(page(pages, 'standards.md')), ['Standard three', 'Standard one', 'Standard two']);
    // KPIs within their groups, outcomes first, in the catalogue table as in the sections.
    assert.deepEqual(entryHeadings(page(pages, 'kpis.md')), ['Customer effort', 'Net Promoter Score', 'Wait time']);
    assert.match(page(pages, 'kpis.md'), /\[Customer effort\][^]*\[Net Promoter Score\][^]*\[Wait time\][^]*^## Outcome KPIs/m);
  });

  it('lists who refers to an entry in the order they are written', async () => {
    const pages = await renderFiles({ 'cxgov.yaml': 'name: Order\n', 'governance/a.yaml': VALUES_A, 'governance/b.yaml': VALUES_B });
    assert.match(page(pages, 'values.md'), /^- \*\*Standards that put it into practice:\*\* \[Standard three\]\(standards\.md#standard-three\), \[Standard one\]\(standards\.md#standard-one\), \[Standard two\]\(standards\.md#standard-two\)$/m);
    assert.match(page(pages, 'owners.md'), /^- \*\*Owns KPIs:\*\* \[Wait time\]\(kpis\.md#wait-time\), \[Customer effort\]\(kpis\.md#customer-effort\), \[Net Promoter Score\]\(kpis\.md#net-promoter-score\)$/m);
  });

  it('takes files in the order cxgov.yaml lists their sources, then by path', async () => {
    const config = 'name: Order\nsources:\n  include:\n    - governance/b.yaml\n    - "governance/*.yaml"\n';
    const pages = await renderFiles({ 'cxgov.yaml': config, 'governance/a.yaml': VALUES_A, 'governance/b.yaml': VALUES_B });
    assert.deepEqual(entryHeadings(page(pages, 'values.md')), ['Second value', 'Third value', 'First value']);
  });
});
