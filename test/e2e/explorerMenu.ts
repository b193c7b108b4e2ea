import type { Locator, Page } from 'playwright-core';

/** A file or folder of the explorer (a row of its tree), by name. */
export function explorerRow(page: Page, name: string): Locator {
  return page.locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true }).first();
}

/**
 * Right-clicks a folder of the explorer (which is open, as it is in a new window), as a user
 * does, and returns the labels of the context menu (closed again with Escape).
 */
export async function explorerMenu(page: Page, folder: string, timeout: number): Promise<string[]> {
  const row = explorerRow(page, folder);
  await row.waitFor({ timeout });
  await row.click({ button: 'right', timeout });
  const menu = page.locator('.context-view .monaco-menu');
  // "New File..." is on every folder's menu: once it is there, the menu is complete.
  await menu.locator('.action-label', { hasText: /^New File/ }).first().waitFor({ timeout });
  const labels = await menu.locator('.action-label').allInnerTexts();
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached', timeout });
  return labels.map((label) => label.trim()).filter(Boolean);
}

/** Opens "Developer: Set Log Level…" and returns whether `name` is among the logs it lists. */
export async function logLevelListHas(page: Page, name: string, timeout: number): Promise<boolean> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout });
  await input.fill('>Developer: Set Log Level');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Set Log Level' }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  // The second pick lists the logs: filter it by name, as a user would.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: /Default/ }).first().waitFor({ timeout });
  await input.fill(name);
  const row = page.locator('.quick-input-list').getByRole('option', { name, exact: true });
  const found = await row.first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
  await page.keyboard.press('Escape');
  return found;
}

/**
 * Waits until the command palette (F1) lists a command, then closes it: once it does, the
 * workbench knows the extension's contributions, menus included, activated or not. An open
 * palette does not learn of commands registered after it opened: it is opened again until then.
 */
export async function waitForCommand(page: Page, title: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ timeout });
    await input.fill(`>${title}`);
    const listed = await row.waitFor({ timeout: 3_000 }).then(() => true, () => false);
    await page.keyboard.press('Escape');
    await input.waitFor({ state: 'hidden', timeout });
    if (listed) return;
    if (Date.now() > deadline) throw new Error(`the command palette does not list "${title}" within ${timeout / 1000} s`);
  }
}
