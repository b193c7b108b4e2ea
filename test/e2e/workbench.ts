import type { Locator, Page } from 'playwright-core';

/**
 * Opens the workbench at `url` and waits until the cxgov status bar item shows counts (the
 * language server has checked the project). Returns that item.
 */
export async function openWorkbench(page: Page, url: string, timeout: number): Promise<Locator> {
  await page.goto(url);
  const status = page.getByRole('button', { name: /^cxgov: \d+ errors?, \d+ warnings?/ });
  await status.waitFor({ timeout });
  return status;
}

/** Opens `file` with Ctrl+P, as a user does (`kpis.yaml:56:15` also moves the cursor to line 56, column 15). */
export async function openFile(page: Page, file: string, timeout: number): Promise<void> {
  const name = file.replace(/(?::\d+){1,2}$/, '');
  await page.keyboard.press('Control+P');
  const quickOpen = page.locator('.quick-input-widget input');
  await quickOpen.waitFor({ timeout });
  await quickOpen.fill(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout });
  // The tab shows before the editor has the focus and the cursor: keys pressed then are lost (seen under load in CI).
  await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout });
  const [, line, column] = /:(\d+)(?::(\d+))?$/.exec(file) ?? [];
  if (line) await page.locator('#status\\.editor\\.selection').getByText(new RegExp(`^Ln ${line}, Col ${column ?? 1}\\b`)).waitFor({ timeout });
}

/** Runs a command from the command palette (F1) by its title, such as "cxgov: Preview handbook". */
export async function runCommand(page: Page, title: string, timeout: number): Promise<void> {
  await page.keyboard.press('F1');
  const palette = page.locator('.quick-input-widget input');
  await palette.waitFor({ timeout });
  await palette.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
}

/**
 * In the editor of the first group (where the YAML is, beside the preview): replaces the text of
 * line `line` (from its first non-blank character) with `text`, as typed, and saves it.
 * The cursor stays on that line.
 */
export async function replaceLine(page: Page, line: number, text: string, timeout: number): Promise<void> {
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Control+P');
  const quickOpen = page.locator('.quick-input-widget input');
  await quickOpen.waitFor({ timeout });
  await quickOpen.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await quickOpen.waitFor({ state: 'hidden', timeout });
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.insertText(text);
  // VS Code for the Web saves by itself after a second (files.autoSave): the tab may be clean already.
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout });
}
