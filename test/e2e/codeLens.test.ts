// A code lens in a real VS Code (code-server, headless chromium, the packaged .vsix installed):
// clicking "measures 2 standards · tracked by 1 initiative" opens the references peek on exactly
// the entries it counts.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { CodeServer } from './codeServer.js';
import { packageExtension } from './package.js';
import { requireTools, RESULTS_DIR, SAMPLES_DIR } from './paths.js';
import { openFile, openWorkbench } from './workbench.js';

/** The lens on the first KPI of samples/every-rule (average-handle-time), and what it counts, by file. */
const LENS = 'measures 2 standards · tracked by 1 initiative';
const COUNTED = [
  ['standards.yaml', '2'],
  ['initiatives.yaml', '1'],
];

describe('code lenses in a real VS Code (code-server, headless chromium)', function () {
  this.timeout(120_000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let workspace: string;

  before(async function () {
    requireTools(this);
    workspace = mkdtempSync(join(tmpdir(), 'cxgov-e2e-lens-'));
    cpSync(join(SAMPLES_DIR, 'every-rule'), workspace, { recursive: true });
    [server, browser] = await Promise.all([CodeServer.start({ vsix: packageExtension().file }), launchBrowser()]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('opens the references peek on the entries a lens counts (UI, packaged .vsix installed)', async () => {
    const { page, console: lines } = await openPage(browser!);
    const screenshot = join(RESULTS_DIR, 'code-lens-references.png');
    mkdirSync(RESULTS_DIR, { recursive: true });
    const failed = async (error: Error): Promise<never> => {
      await page.screenshot({ path: screenshot }).catch(() => undefined);
      throw new Error(`${error.message} (screenshot: ${screenshot})\n${lines.join('\n')}`);
    };
    const peek = page.locator('.reference-zone-widget');
    const files = peek.locator('.reference-file');
    await (async () => {
      await openWorkbench(page, server!.workbench(workspace), 30_000);
      await openFile(page, 'kpis.yaml', 30_000);
      await page.locator('.codelens-decoration a', { hasText: LENS }).click({ timeout: 30_000 });
      await files.nth(COUNTED.length - 1).waitFor({ timeout: 30_000 });
    })().catch(failed);
    const shown = await files.evaluateAll((rows) =>
      rows.map((row) => [row.querySelector('.label-name')?.textContent ?? row.textContent ?? '', row.querySelector('.count')?.textContent ?? '']),
    );
    await page.screenshot({ path: screenshot });
    await page.close();
    assert.deepEqual(shown.sort(), [...COUNTED].sort());
  });
});
