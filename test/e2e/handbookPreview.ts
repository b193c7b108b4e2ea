import type { Page } from 'playwright-core';
import { openFile, openWorkbench, runCommand } from './workbench.js';

/**
 * Drives the workbench like a CX lead: opens `file` at a line, runs *cxgov: Preview handbook*
 * from the command palette and waits until VS Code's Markdown preview (a webview: an iframe
 * holding the page's iframe) shows `expected`. Returns the preview's text.
 */
export async function previewHandbook(page: Page, url: string, file: string, expected: string, timeout: number): Promise<string> {
  await openWorkbench(page, url, timeout);
  await openFile(page, file, timeout);
  return previewAgain(page, expected, timeout);
}

/**
 * Runs *cxgov: Preview handbook* again from the file in the active editor (the handbook is
 * written anew) and waits until the preview shows `expected`. Returns the preview's text.
 */
export async function previewAgain(page: Page, expected: string, timeout: number): Promise<string> {
  await runCommand(page, 'cxgov: Preview handbook', timeout);
  await page.locator('.tabs-container .tab', { hasText: /^Preview / }).first().waitFor({ timeout });
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame').locator('body');
  await preview.getByText(expected, { exact: false }).first().waitFor({ timeout });
  return preview.innerText();
}
