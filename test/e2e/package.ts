import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_CACHE, EXTENSION_DIR, ROOT } from './paths.js';

/**
 * Packages the already built extension into a .vsix, offline, as `npm run package` does (without
 * building again: `npm test` has just built it). Returns the file.
 */
export function packageExtension(): string {
  mkdirSync(E2E_CACHE, { recursive: true });
  const out = join(E2E_CACHE, 'cxgov-vscode.vsix');
  const vsce = join(ROOT, 'node_modules/@vscode/vsce/vsce');
  const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: EXTENSION_DIR, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`vsce package failed:\n${run.stdout}${run.stderr}`);
  return out;
}
