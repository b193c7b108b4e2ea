import assert from 'node:assert/strict';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { nodesOfType, parse } from './markdownTree.js';
import { page, renderFiles, renderProject, sampleDir } from './renderProject.js';

/** The Mermaid diagrams of a page, as code. */
function diagrams(markdown: string): string[] {
  return nodesOfType(parse(markdown), 'code').filter((code) => code.lang === 'mermaid').map((code) => code.value);
}

/** A pillar measured by `kpis` KPIs, some guarded by the first, and `standards` standards the KPIs measure. */
function pillarProject(kpis: number, standards: number): Record<string, string> {
  const lines = ['mission:', '  statement: Big promise', '  pillars:', '    - { id: p1, name: One }', '    - { id: p2, name: Two }', 'kpis:'];
  for (let n = 1; n <= kpis; n++) lines.push(`  - { id: kpi-${n}, name: KPI ${n}, supports: [p1], category: ${n === 1 ? 'outcome' : 'efficiency'}${n > 1 && n % 2 === 0 ? ', guardrails: [kpi-1]' : ''} }`);
  lines.push('standards:');
  for (let n = 1; n <= standards; n++) lines.push(`  - { id: s-${n}, title: Standard ${n}, supports: [p1], measuredBy: [kpi-${n}] }`);
  return { 'cxgov.yaml': MINIMAL_CONFIG, 'governance/big.yaml': lines.join('\n') };
}

describe('handbook front page: the pillars and their diagrams', () => {
  it('leaves retired KPIs out of what measures a pillar, marks drafts, and counts the same way in the overview', async () => {
    const index = page(await renderProject(sampleDir('every-rule')), 'index.md');
    assert.doesNotMatch(index, /Measured by KPIs:\*\*[^\n]*Customer effort score/, 'retired: measures nothing any more');
    assert.match(index, /Measured by KPIs:\*\*[^\n]*\[Staff happiness\]\([^)]*\) \(draft\)/);
    const [overview] = diagrams(index);
    assert.match(overview!, /"Happy staff — 1 KPI \(1 draft\)/);
    assert.doesNotMatch(overview!, /Customer effort score/);
  });

  it('shows promise → pillars with counts in the overview, never the KPIs themselves', async () => {
    const index = page(await renderFiles(pillarProject(3, 1)), 'index.md');
    const [overview] = diagrams(index);
    assert.match(index, /^No KPI or standard supports this pillar yet\.$/m, 'the pillar named Two');
    assert.match(overview!, /"One — 3 KPIs, 1 standard"/);
    assert.match(overview!, /"Two — no KPI or standard yet"/);
    assert.doesNotMatch(overview!, /KPI 1/);
    const pillars = Array.from({ length: 12 }, (_, n) => `    - { id: p${n}, name: Pillar ${n} }`);
    const many = page(await renderFiles({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/m.yaml': ['mission:', '  statement: Many', '  pillars:', ...pillars].join('\n') }), 'index.md');
    assert.match(diagrams(many)[0]!, /"Pillar 6 — no KPI or standard yet"\]\n {2}n1 --> n8\n {2}n9\{\{"\+ 5 more pillars"\}\}/);
  });

  it('draws how a pillar\'s KPIs guard each other and which standards they measure, within a node budget', async () => {
    const [, pillar] = diagrams(page(await renderFiles(pillarProject(3, 2)), 'index.md'));
    assert.match(pillar!, /^ {2}n\d+ -\.-> n\d+$/m, 'a dotted arrow to a guardrail');
    assert.match(pillar!, /^ {2}n\d+ ==> n\d+$/m, 'a thick arrow to a standard measured');
    const [, big] = diagrams(page(await renderFiles(pillarProject(60, 40)), 'index.md'));
    assert.ok(big!.match(/^ {2}n\d+[[("{]/gm)!.length <= 25, big);
    assert.match(big!, /"\+ 55 more KPIs, 35 standards not measured by the KPIs shown"/);
  });

  it('leaves out a pillar\'s diagram when it would only repeat the list above it', async () => {
    const files = pillarProject(1, 0);
    const index = page(await renderFiles(files), 'index.md');
    assert.equal(diagrams(index).length, 1, 'the overview only');
  });
});
