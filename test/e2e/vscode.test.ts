// The extension in a real VS Code: code-server (VS Code 1.100 in the browser, from npm) driven
// headless by Debian's chromium through playwright-core, offline. scripts/install-e2e.sh installs
// both. Three checks: the extension's own test suite inside the extension host, and UI checks of
// the Problems panel and of the handbook preview with the packaged .vsix installed.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openPage, runExtensionTests } from './browser.js';
import { previewAgain, previewHandbook } from './handbookPreview.js';
import { bundleHostSuite } from './hostBundle.js';
import { RESULTS_DIR, EXTENSION_DIR } from './paths.js';
import { findProblem, openProblemsPanel } from './problemsPanel.js';
import { saveScreenshot } from './screenshots.js';
import { replaceLine } from './workbench.js';
import { workbenchSuite } from './workbenchSuite.js';

const SCREENSHOT = join(RESULTS_DIR, 'problems-panel.png');

describe('the extension in a real VS Code (code-server, headless chromium)', function () {
  this.timeout(120_000);
  const workbench = workbenchSuite();
  let hostSuite: string;

  before(async () => {
    hostSuite = await bundleHostSuite();
  });

  it('passes the extension test suite inside the VS Code extension host', async () => {
    const workspace = workbench.sample('every-rule');
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', workbench.server.remoteUri(EXTENSION_DIR)],
      ['extensionTestsPath', workbench.server.remoteUri(hostSuite)],
    ];
    const { page, console: lines } = await openPage(workbench.browser);
    const code = await runExtensionTests(page, workbench.server.workbench(workspace, payload), 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${lines.join('\n')}\n--- code-server log ---\n${workbench.server.log()}`);
    });
    // The suite's own report, for the CI log: from its title to its summary.
    const report = lines.slice(lines.findIndex((line) => line.includes('cxgov extension in VS Code')));
    console.log(report.filter((line) => /^\[host\] {2,}/.test(line)).map((line) => `    ${line.slice('[host] '.length)}`).join('\n'));
    await page.close();
    assert.equal(code, 0, `the extension tests failed:\n${lines.join('\n')}`);
  });

  it('lists the problems in the Problems panel (UI, packaged .vsix installed)', async () => {
    const workspace = workbench.sample('every-rule');
    const { page, console: lines } = await openPage(workbench.browser);
    const expected = 'No owner has the id "cx-analytics". Define it or use an existing owner.';
    mkdirSync(RESULTS_DIR, { recursive: true });
    const failed = async (error: Error): Promise<never> => {
      await page.screenshot({ path: SCREENSHOT }).catch(() => undefined);
      throw new Error(`${error.message} (screenshot: ${SCREENSHOT})\n${lines.join('\n')}`);
    };
    const view = await openProblemsPanel(page, workbench.server.workbench(workspace), 'kpis.yaml', 30_000).catch(failed);
    await saveScreenshot(page, 'problems-panel.png');
    const found = await findProblem(page, 'cx-analytics', expected, 30_000).catch(failed);
    await page.close();
    assert.match(view.text, /kpis\.yaml/);
    assert.match(found, /unknown-reference/);
    assert.match(view.statusLabel, /^cxgov: \d+ errors?, \d+ warnings?/);
  });

  it('previews the handbook page of the KPI under the cursor (UI, packaged .vsix installed)', async () => {
    const workspace = workbench.sample('wow-retail');
    rmSync(join(workspace, 'handbook'), { recursive: true, force: true });
    const { page, console: lines } = await openPage(workbench.browser);
    mkdirSync(RESULTS_DIR, { recursive: true });
    const failed = async (error: Error): Promise<never> => {
      await page.screenshot({ path: join(RESULTS_DIR, 'handbook-preview-failed.png') }).catch(() => undefined);
      throw new Error(`${error.message} (screenshot: test-results/handbook-preview-failed.png)\n${lines.join('\n')}`);
    };
    // Line 56 of kpis.yaml is `- id: first-contact-resolution`: with the cursor on the id, the
    // preview opens kpis.md at its section.
    const text = await previewHandbook(page, workbench.server.workbench(workspace), 'kpis.yaml:56:15', 'Baseline → target', 30_000).catch(failed);
    // Room for the YAML and its page side by side: hide the side bar (Ctrl+B).
    await page.keyboard.press('Control+B');
    await page.locator('#workbench\\.parts\\.sidebar').waitFor({ state: 'hidden', timeout: 10_000 }).catch(failed);
    await saveScreenshot(page, 'handbook-preview.png');
    await page.close();
    assert.match(text, /^Baseline → target: 81 → 88/m);
    assert.ok(existsSync(join(workspace, 'handbook/kpis.md')), 'the handbook was written into the project');
  });

  it('previews what was just generated after the YAML changed (UI, packaged .vsix installed)', async () => {
    const workspace = workbench.sample('wow-retail');
    rmSync(join(workspace, 'handbook'), { recursive: true, force: true });
    const { page, console: lines } = await openPage(workbench.browser);
    const failed = async (error: Error): Promise<never> => {
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, 'handbook-repreview-failed.png') }).catch(() => undefined);
      throw new Error(`${error.message} (screenshot: test-results/handbook-repreview-failed.png)\n${lines.join('\n')}`);
    };
    await previewHandbook(page, workbench.server.workbench(workspace), 'kpis.yaml:56:15', 'Baseline → target: 81 → 88', 30_000).catch(failed);
    // Line 57 is `name: First-contact resolution`: rename the KPI, save, preview again.
    await replaceLine(page, 57, 'name: First-time fix rate', 30_000).catch(failed);
    const text = await previewAgain(page, 'First-time fix rate', 30_000).catch(failed);
    const previewTabs = await page.locator('.tabs-container .tab', { hasText: /^Preview / }).count();
    await page.close();
    assert.doesNotMatch(text, /First-contact resolution/);
    // The new preview replaces the old one rather than piling up tabs.
    assert.equal(previewTabs, 1);
  });
});
