import assert from 'node:assert/strict';
import type { HandbookPage } from 'cxgov';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { brokenLinks, foreignHtml, linksOf, nodes, nodesOfType, parse, stringify } from './markdownTree.js';
import { HOSTILE } from './hostileProject.js';
import { renderFiles } from './renderProject.js';

function everyPage(pages: readonly HandbookPage[], check: (page: HandbookPage) => void): void {
  for (const page of pages) check(page);
}

describe('handbook rendering: hostile text', () => {
  let pages: HandbookPage[];
  before(async () => {
    pages = await renderFiles({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/hostile.yaml': HOSTILE });
  });

  it('writes only its own fixed page names, whatever the ids', () => {
    assert.deepEqual(pages.map((page) => page.path), ['health.md', 'index.md', 'initiatives.md', 'kpis.md', 'owners.md', 'rituals.md', 'standards.md', 'values.md']);
  });

  it('contains no raw HTML and keeps the hostile text as visible text', () => {
    everyPage(pages, ({ path, markdown }) => {
      const tree = parse(markdown);
      assert.deepEqual(foreignHtml(tree), [], path);
      assert.equal(stringify(tree), markdown, `${path} round trip`);
    });
    const owners = parse(pages.find((page) => page.path === 'owners.md')!.markdown);
    const texts = nodesOfType(owners, 'text').map((node) => node.value);
    assert.ok(texts.includes('<script>alert(1)</script>'), 'the name is shown, as text');
  });

  it('makes no javascript: link: every link is internal, or a web or email address that GitHub would link anyway', () => {
    const links = linksOf(pages);
    assert.ok(links.length > 5);
    for (const { from, link } of links) {
      assert.match(link.url, /^(#|[a-z]+\.md(#|$)|https?:|mailto:)/, `${from}: ${link.url}`);
      assert.ok(!/javascript:/i.test(link.url), `${from}: ${link.url}`);
    }
    assert.deepEqual(brokenLinks(pages), []);
  });

  it('keeps every table row to its header\'s column count', () => {
    everyPage(pages, ({ path, markdown }) => {
      for (const table of nodesOfType(parse(markdown), 'table')) {
        const [header, ...rows] = table.children;
        for (const row of rows) assert.equal(row.children.length, header!.children.length, `${path}: ${JSON.stringify(row)}`);
      }
    });
  });

  it('keeps Mermaid diagrams to generated node ids and escaped labels', () => {
    const diagrams = pages.flatMap(({ markdown }) => nodesOfType(parse(markdown), 'code')).filter((code) => code.lang === 'mermaid');
    assert.ok(diagrams.length >= 1);
    for (const diagram of diagrams) {
      const [layout, first, ...lines] = diagram.value.split('\n');
      assert.equal(layout, '%%{init: {"flowchart": {"nodeSpacing": 20, "rankSpacing": 40}}}%%');
      assert.equal(first, 'flowchart LR');
      for (const line of lines) assert.match(line, /^ {2}n\d+(?: (?:-->|-\.->|==>) n\d+|(\(\[|\[\[|\[|\(|\{\{)"[^"<>%`]*"(\]\)|\]\]|\]|\)|\}\}))$/, line);
    }
  });

  it('renders fields of the wrong type without throwing, as text where it can', async () => {
    const odd = await renderFiles({
      'cxgov.yaml': MINIMAL_CONFIG,
      'governance/odd.yaml': [
        'mission: { statement: 42, pillars: [{ id: p, name: [a, b] }] }',
        'kpis:',
        '  - { id: k, name: 7, description: { a: 1 }, owner: [x], supports: p, guardrails: 3, target: 5, review: yes, incentive: maybe }',
        'owners: [{ id: o, members: { a: b }, customers: other, email: 12 }]',
        'values: [{ id: v, behaviours: [1, { b: 2 }, "kind"] }]',
      ].join('\n'),
    });
    const kpis = odd.find((page) => page.path === 'kpis.md')!.markdown;
    assert.match(kpis, /^### 7\n\n<sub>`id: k`<\/sub>$/m, 'a number as a name is shown as its text');
    assert.match(kpis, /no baseline → 5/);
    assert.ok(!kpis.includes('[object Object]'));
    assert.deepEqual(brokenLinks(odd), []);
    for (const { markdown } of odd) assert.deepEqual(foreignHtml(parse(markdown)), []);
  });
});
