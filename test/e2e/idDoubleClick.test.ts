// A double-click on a hyphenated id in a real VS Code (code-server, headless chromium, packaged
// .vsix installed) selects the whole id, as `editor.wordSeparators` for YAML says.
import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { CodeServer } from './codeServer.js';
import { packageExtension } from './package.js';
import { requireTools, SAMPLES_DIR } from './paths.js';
import { openFile, openWorkbench } from './workbench.js';

describe('double-click on an id in a real VS Code', function () {
  this.timeout(120_000);
  let workspace: string | undefined;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  before(async function () {
    requireTools(this);
    workspace = mkdtempSync(join(tmpdir(), 'cxgov-e2e-words-'));
    cpSync(join(SAMPLES_DIR, 'every-rule'), workspace, { recursive: true });
    [server, browser] = await Promise.all([CodeServer.start({ vsix: packageExtension().file }), launchBrowser()]);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  it('selects `john-smith` whole, not "smith"', async () => {
    const { page, console: lines } = await openPage(browser!);
    try {
      await openWorkbench(page, server!.workbench(workspace!), 60_000);
      // Line 10 of owners.yaml is `  - id: john-smith`.
      await openFile(page, 'owners.yaml:10', 30_000);
      const id = page.locator('.monaco-editor .view-line span span', { hasText: /^john-smith$/ }).first();
      await id.waitFor({ timeout: 30_000 });
      const box = await id.boundingBox();
      assert.ok(box, 'the id is not on screen');
      // On "smith": the part a hyphen used to cut off.
      await id.dblclick({ position: { x: box.width * 0.8, y: box.height / 2 } });
      const selection = page.locator('#status\\.editor\\.selection');
      await selection.getByText(/\(\d+ selected\)/).waitFor({ timeout: 30_000 });
      assert.match(await selection.innerText(), /\(10 selected\)/);
    } catch (error) {
      throw new Error(`${(error as Error).message}\n${lines.slice(-30).join('\n')}`);
    } finally {
      await page.close();
    }
  });
});
