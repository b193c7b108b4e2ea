import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR, ROOT } from './paths.js';

/**
 * Saves a screenshot as test-results/<name>, and as the README's copy in docs/images/<name> when
 * that is missing or when UPDATE_SCREENSHOTS=1: the README shows what the tests saw.
 */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, name);
  await page.screenshot({ path });
  const readmeCopy = join(ROOT, 'docs/images', name);
  if (!existsSync(readmeCopy) || process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(join(readmeCopy, '..'), { recursive: true });
    copyFileSync(path, readmeCopy);
  }
}
