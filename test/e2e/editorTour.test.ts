// The editor features a CX lead meets first (hover, highlight, whole-id words, completion, quick
// fixes, code lenses), in a real VS Code (code-server, headless chromium, the packaged .vsix
// installed), each checked by what shows on screen and saved as the README's screenshot of it
// (docs/images/; UPDATE_SCREENSHOTS=1 renews them).
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openPage } from './browser.js';
import { RESULTS_DIR } from './paths.js';
import { saveScreenshot } from './screenshots.js';
import { openFile, openWorkbench } from './workbench.js';
import { workbenchSuite } from './workbenchSuite.js';

const TIMEOUT = 30_000;

describe('a tour of the editor features in a real VS Code (code-server, headless chromium)', function () {
  this.timeout(120_000);
  const workbench = workbenchSuite();
  let page: Page;
  let lines: string[];

  beforeEach(async () => {
    ({ page, console: lines } = await openPage(workbench.browser));
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const name = `tour-${this.currentTest.title.replace(/\W+/g, '-')}-failed.png`;
      await page.screenshot({ path: join(RESULTS_DIR, name) }).catch(() => undefined);
      console.log(`    screenshot: test-results/${name}\n${lines.slice(-40).join('\n')}`);
    }
    await page.close();
  });

  it('hover on an owner id shows who that is', async () => {
    // kpis.yaml line 62: `    owner: daniel-reyes`; column 12 is the id's first letter.
    await openSample('wow-retail', 'kpis.yaml:62:12');
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Daniel Reyes' }).first();
    // The mouse may land while the editor still scrolls to the line, and hover another word: then it moves away and back.
    for (let attempt = 1; ; attempt++) {
      await token('daniel-reyes').hover();
      const shown = await hover.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (shown) break;
      if (attempt === 3) throw new Error('no hover on daniel-reyes after three tries');
      await page.mouse.move(0, 0);
    }
    const text = await hover.innerText();
    await faded(hover);
    await saveScreenshot(page, 'editor-hover.png');
    assert.match(text, /Head of Customer Loyalty/);
  });

  it('an id and its references in the file light up, words in free text do not', async () => {
    // owners.yaml line 13: `  - id: daniel-reyes`, named again as a member of a team on line 29 (and of another below the fold).
    await openSample('wow-retail', 'owners.yaml:13:9');
    const written = page.locator('.view-overlays .wordHighlightStrong');
    const read = page.locator('.view-overlays .wordHighlight');
    await read.first().waitFor({ timeout: TIMEOUT });
    await saveScreenshot(page, 'editor-highlight.png');
    // The definition (a write) and the member (a read), each the whole id: never "daniel" alone, as
    // VS Code's word highlight had it in `daniel.reyes@bramble.example` on line 16.
    assert.equal(await written.count(), 1);
    assert.equal(await read.count(), 1);
    const id = (await token('daniel-reyes').boundingBox())!;
    for (const highlight of [written.first(), read.first()]) assert.ok(Math.abs((await highlight.boundingBox())!.width - id.width) < 2, 'a highlight covers the whole id');
  });

  it('completion after `owner:` lists the owners with their names', async () => {
    await openSample('wow-retail', 'kpis.yaml:62:12');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget.visible .monaco-list-row');
    await suggestions.filter({ hasText: 'maya-okafor' }).first().waitFor({ timeout: TIMEOUT });
    await faded(page.locator('.suggest-widget.visible'));
    await saveScreenshot(page, 'editor-completion.png');
    const shown = await page.locator('.suggest-widget.visible').innerText();
    // Every item shows its name beside it, not only the highlighted one.
    assert.match(shown, /daniel-reyes\s*— Daniel Reyes/);
    assert.match(shown, /leadership-team\s*— Leadership Team/);
  });

  it('the light bulb on an unknown owner offers to create it', async () => {
    // every-rule's kpis.yaml line 104: `    owner: cx-analytics`, an owner nobody defined.
    await openSample('every-rule', 'kpis.yaml:104:12');
    // Once the problem is underlined, the quick fixes for it are known.
    await page.locator('.squiggly-error').first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget');
    await menu.getByText(/Create owner/).first().waitFor({ timeout: TIMEOUT });
    await faded(menu);
    await saveScreenshot(page, 'editor-quick-fix.png');
    assert.match(await menu.innerText(), /Create owner 'cx-analytics'/);
  });

  it('a double-click selects a whole hyphenated id', async () => {
    // every-rule's owners.yaml line 10: `  - id: john-smith`.
    await openSample('every-rule', 'owners.yaml:10');
    // On "smith", 60 px into the id (about 7 characters): the part a hyphen used to cut off. Playwright
    // waits for the token to stand still, as the editor may still be scrolling to the line.
    await token('john-smith').dblclick({ position: { x: 60, y: 5 }, timeout: TIMEOUT });
    const selection = page.locator('#status\\.editor\\.selection');
    await selection.getByText(/\(\d+ selected\)/).waitFor({ timeout: TIMEOUT });
    assert.match(await selection.innerText(), /\(10 selected\)/);
  });

  it('a code lens opens the references peek on exactly the entries it counts', async () => {
    // The lens above every-rule's first KPI (average-handle-time), and what it counts, by file.
    await openSample('every-rule', 'kpis.yaml');
    await page.locator('.codelens-decoration a', { hasText: 'measures 2 standards · tracked by 1 initiative' }).click({ timeout: TIMEOUT });
    const files = page.locator('.reference-zone-widget .reference-file');
    await files.nth(1).waitFor({ timeout: TIMEOUT });
    const shown = await files.evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('.label-name')?.textContent ?? row.textContent ?? '', row.querySelector('.count')?.textContent ?? '']),
    );
    await saveScreenshot(page, 'code-lens-references.png');
    assert.deepEqual(shown.sort(), [
      ['initiatives.yaml', '1'],
      ['standards.yaml', '2'],
    ]);
  });

  /** Waits until a widget has faded in: a screenshot taken sooner shows it transparent. */
  async function faded(widget: Locator): Promise<void> {
    await widget.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  }

  /** The word on screen in the editor, as the tokens of its line show it. */
  function token(word: string) {
    return page.locator('.view-lines .view-line span span', { hasText: new RegExp(`^${word}$`) }).first();
  }

  /** Opens a throw-away copy of a sample in the workbench, once the server has checked it, and `file` in it. */
  async function openSample(sample: string, file: string): Promise<void> {
    await openWorkbench(page, workbench.server.workbench(workbench.sample(sample)), TIMEOUT);
    await openFile(page, file, TIMEOUT);
  }
});
