import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_CACHE, EXTENSION_DIR } from './paths.js';

/** A packaged .vsix and what vsce printed while packaging it. */
export interface PackagedExtension {
  file: string;
  output: string;
}

/**
 * Packages the already built extension into a .vsix, offline, with the extension's own `vsix`
 * script (the one `npm run package` runs after building, so that the flags vsce needs live in
 * one place), without building again: `npm test` has just built it. Throws when vsce fails.
 */
export function packageExtension(out = join(E2E_CACHE, 'cxgov-vscode.vsix')): PackagedExtension {
  mkdirSync(join(out, '..'), { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // GITHUB_ACTIONS would turn vsce's warnings into workflow commands: keep its plain words.
  const env = { ...process.env, GITHUB_ACTIONS: '' };
  const run = spawnSync(npm, ['run', '--silent', 'vsix', '--', '--out', out], { cwd: EXTENSION_DIR, encoding: 'utf8', env });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`vsce package failed:\n${output}`);
  return { file: out, output };
}
