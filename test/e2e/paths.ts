import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from test/dist/e2e/). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXTENSION_DIR = `${ROOT}extension`;
export const SAMPLES_DIR = `${ROOT}samples`;
/** Installed by scripts/install-e2e.sh; never a dependency of the packages users install. */
export const CODE_SERVER = `${ROOT}.cache/code-server/node_modules/.bin/code-server`;
export const CHROMIUM = '/usr/bin/chromium';
/** Build output of the end-to-end harness (host test bundle, .vsix); git-ignored. */
export const E2E_CACHE = `${ROOT}.cache/e2e`;
/** Test artifacts (screenshots); git-ignored. */
export const RESULTS_DIR = `${ROOT}test-results`;

/** What is missing to run the end-to-end tests here, in words; empty when everything is there. */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (!existsSync(CODE_SERVER)) missing.push('code-server (in .cache/code-server)');
  if (!existsSync(CHROMIUM)) missing.push(`chromium (${CHROMIUM})`);
  return missing;
}

/** Skips a suite (from its `before` hook) where the tools are missing; in CI that is a failure instead. */
export function skipWithoutTools(suite: { skip(): void }): void {
  const missing = missingTools();
  if (missing.length === 0) return;
  const why = `missing ${missing.join(' and ')}; run: bash scripts/install-e2e.sh`;
  if (process.env.CI) throw new Error(`The end-to-end tests must run in CI: ${why}`);
  console.log(`    skipped: ${why}`);
  suite.skip();
}
