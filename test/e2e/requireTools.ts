import { missingTools } from './paths.js';

/**
 * In a suite's `before`: skips the suite when code-server or chromium is missing, except in CI,
 * where the end-to-end tests must run and a missing tool fails them.
 */
export function requireTools(suite: Mocha.Context): void {
  const missing = missingTools();
  if (missing.length === 0) return;
  const why = `missing ${missing.join(' and ')}; run: bash scripts/install-e2e.sh`;
  if (process.env.CI) throw new Error(`The end-to-end tests must run in CI: ${why}`);
  console.log(`    skipped: ${why}`);
  suite.skip();
}
