// Every diagram of the handbook drawn by Mermaid itself, in headless Chromium, offline: it must
// parse, and fit a page (about GitHub's Markdown column) at a size people can read. Runs where
// /usr/bin/chromium is (CI installs it: scripts/install-e2e.sh) and CI=true; skipped otherwise.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { HandbookPage } from 'cxgov';
import { CHROMIUM } from '../e2e/paths.js';
import { MINIMAL_CONFIG } from '../helpers/tempProject.js';
import { HOSTILE } from './hostileProject.js';
import { largeProject } from './largeProject.js';
import { nodesOfType, parse } from './markdownTree.js';
import { MermaidRenderer, PAGE_WIDTH } from './mermaidRenderer.js';
import { renderFiles, renderProject, SAMPLES, sampleDir } from './renderProject.js';

/** Taller than this, a diagram no longer fits a laptop screen at the page's width. */
const MAX_SHOWN_HEIGHT = 800;
/** Scaled down further than this, a diagram's labels are too small to read. */
const MIN_SCALE = 0.6;

/** Names (short enough to be drawn whole) that try to end a Mermaid label, start a directive, an entity or markup, or go beyond ASCII. */
const HOSTILE_NAMES = ['Say "hi" [now] (or not) {ok}', '#35; #quot; %%{init: {"theme":"dark"}}%%', '<b>bold</b> & </div> `tick`', 'Café — naïve 日本語 🙂 שלום', 'a --> b; end; style n1 fill:#f00', 'click n1 call alert(1)'];

function hostileDiagramProject(): Record<string, string> {
  const kpis = HOSTILE_NAMES.map((name, n) =>
    [`  - id: k${n}`, `    name: ${JSON.stringify(name)}`, '    supports: [p]', '    category: efficiency', `    guardrails: [k${(n + 1) % HOSTILE_NAMES.length}]`].join('\n'),
  );
  return {
    'cxgov.yaml': MINIMAL_CONFIG,
    'governance/h.yaml': [
      'mission:',
      `  statement: ${JSON.stringify(HOSTILE_NAMES.join(' | '))}`,
      `  pillars: [{ id: p, name: ${JSON.stringify(HOSTILE_NAMES[0])} }]`,
      'kpis:',
      ...kpis,
      'standards:',
      `  - { id: s, title: ${JSON.stringify(HOSTILE_NAMES[1])}, supports: [p], measuredBy: [k0] }`,
    ].join('\n'),
  };
}

/** A pillar of 12 KPIs and 8 standards with long names, every KPI guarded and measuring a standard: the tallest pillar diagram. */
function longNamesProject(): Record<string, string> {
  const long = (what: string, n: number) => `${what} ${n}: the share of customers who got what they needed at the first try, without calling back`;
  const lines = ['mission:', `  statement: ${JSON.stringify(long('Promise', 0))}`, '  pillars:', `    - { id: p, name: ${JSON.stringify(long('Pillar', 0))} }`, 'kpis:'];
  for (let n = 0; n < 12; n++) lines.push(`  - { id: k${n}, name: ${JSON.stringify(long('KPI', n))}, supports: [p], guardrails: [k${(n + 6) % 12}] }`);
  lines.push('standards:');
  for (let n = 0; n < 8; n++) lines.push(`  - { id: s${n}, title: ${JSON.stringify(long('Standard', n))}, supports: [p], measuredBy: [k${n}, k${n + 1}] }`);
  return { 'cxgov.yaml': MINIMAL_CONFIG, 'governance/long.yaml': lines.join('\n') };
}

function diagramsOf(pages: readonly HandbookPage[]): { where: string; text: string }[] {
  return pages.flatMap(({ path, markdown }) =>
    nodesOfType(parse(markdown), 'code')
      .filter((code) => code.lang === 'mermaid')
      .map((code, n) => ({ where: `${path} diagram ${n + 1}`, text: code.value })),
  );
}

describe('handbook diagrams drawn by Mermaid in Chromium', function () {
  this.timeout(120_000);
  let renderer: MermaidRenderer | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM) || !process.env.CI) {
      if (process.env.CI) throw new Error(`The Mermaid render test must run in CI: missing ${CHROMIUM}; run: bash scripts/install-e2e.sh`);
      console.log(`    skipped: set CI=true (and install ${CHROMIUM}) to draw the diagrams`);
      this.skip();
    }
    renderer = await MermaidRenderer.open();
  });

  after(() => renderer?.close());

  /** Draws every diagram of the pages; fails with every diagram that does not fit, and why. */
  async function assertReadable(pages: readonly HandbookPage[], atLeast = 2): Promise<void> {
    const diagrams = diagramsOf(pages);
    assert.ok(diagrams.length >= atLeast, `${diagrams.length} diagrams, expected an overview and the pillars'`);
    const faults: string[] = [];
    for (const { where, text } of diagrams) {
      const drawn = await renderer!.render(text);
      const size = `${Math.round(drawn.naturalWidth)}×${Math.round(drawn.naturalHeight)} px, shown ${Math.round(drawn.shownWidth)}×${Math.round(drawn.shownHeight)}`;
      if (process.env.DIAGRAM_SIZES) console.log(`      ${where}: ${size}`);
      if (drawn.error !== undefined) faults.push(`${where}: Mermaid refused it: ${drawn.error}\n${text}`);
      else if (drawn.shownWidth > PAGE_WIDTH + 1) faults.push(`${where}: wider than the page (${size})`);
      else if (drawn.shownHeight > MAX_SHOWN_HEIGHT) faults.push(`${where}: taller than a screen (${size})`);
      else if (drawn.shownWidth / drawn.naturalWidth < MIN_SCALE) faults.push(`${where}: scaled down to unreadable (${size})`);
    }
    assert.deepEqual(faults, []);
  }

  for (const sample of SAMPLES) {
    it(`draws every diagram of samples/${sample} readably`, async () => {
      await assertReadable(await renderProject(sampleDir(sample)));
    });
  }

  it('draws every diagram of a 600-KPI project readably', async () => {
    await assertReadable(await renderFiles(largeProject(600)));
  });

  it('draws a pillar of long names readably', async () => {
    await assertReadable(await renderFiles(longNamesProject()));
  });

  it('draws diagrams whose names try to break Mermaid, showing each name as written', async () => {
    const pages = await renderFiles(hostileDiagramProject());
    await assertReadable(pages);
    const pillarDiagram = diagramsOf(pages).at(-1)!;
    const drawn = await renderer!.drawnText(pillarDiagram.text);
    for (const name of HOSTILE_NAMES) assert.ok(drawn.includes(name), `${JSON.stringify(name)} not in ${JSON.stringify(drawn)}`);
    await assertReadable(await renderFiles({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/hostile.yaml': HOSTILE }), 1);
  });
});
