import type { Page } from 'playwright-core';
import { openFile, openWorkbench } from './workbench.js';

/** What the UI check saw: the Problems panel's text, and where its screenshot is. */
export interface ProblemsPanelView {
  text: string;
  statusLabel: string;
}

/**
 * Drives the workbench like a user: waits for the cxgov status bar item to show counts, opens a
 * file with Ctrl+P, clicks the status bar item (the command Ctrl+Shift+M runs) to open the
 * Problems panel, and waits until the panel lists that file.
 */
export async function openProblemsPanel(page: Page, url: string, file: string, timeout: number): Promise<ProblemsPanelView> {
  const status = await openWorkbench(page, url, timeout);
  await openFile(page, file, timeout);

  await status.click();
  const panel = page.locator('.markers-panel');
  await panel.locator('.monaco-list-row', { hasText: file }).first().waitFor({ timeout });
  return { text: await panel.innerText(), statusLabel: (await status.getAttribute('aria-label')) ?? '' };
}

/**
 * Types `filter` into the Problems panel's filter box, as a user looking for one problem does (the
 * panel is a virtual list: rows below its fold are not in the page), and waits for `expected`.
 */
export async function findProblem(page: Page, filter: string, expected: string, timeout: number): Promise<string> {
  const panel = page.locator('.markers-panel');
  await page.getByPlaceholder(/^Filter \(e\.g\. text/).fill(filter);
  await panel.getByText(expected, { exact: false }).first().waitFor({ timeout });
  return panel.innerText();
}
