import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `test/golden/`, found from the compiled helper in `test/dist/helpers/`. */
const GOLDEN_DIR = fileURLToPath(new URL('../../golden/', import.meta.url));

/**
 * Compares `actual` with the golden file `test/golden/<name>`.
 * With `UPDATE_GOLDEN=1` in the environment, writes `actual` as the new golden instead.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) assert.fail(`Missing golden file test/golden/${name}: run the tests with UPDATE_GOLDEN=1 to create it.`);
  assert.equal(actual, readFileSync(file, 'utf8'), `Output differs from test/golden/${name} (UPDATE_GOLDEN=1 rewrites it after a wanted change).`);
}
