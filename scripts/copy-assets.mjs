#!/usr/bin/env node
// Copies the assets a package finds beside itself (the engine's findAsset walks up from its module)
// from their single source in this repository into the package's folder, replacing older copies:
//   node scripts/copy-assets.mjs library            before `npm pack` (the library's prepack)
//   node scripts/copy-assets.mjs library --remove   after it (postpack): in the repository the
//                                                   engine reads the originals, never a stale copy
// The extension's esbuild.mjs imports copyAssets for its own copies. Every copy is git-ignored.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Per package folder: [source in the repository, copy in the package]. */
export const ASSETS = {
  library: [
    ['schemas', 'schemas'],
    ['docs/rules', 'docs/rules'],
    ['LICENSE', 'LICENSE'],
  ],
  server: [['LICENSE', 'LICENSE']],
  extension: [
    ['schemas', 'schemas'],
    ['library/templates', 'templates'],
    ['LICENSE', 'LICENSE'],
  ],
};

/** Copies the assets of one package folder (`library`, `server`, `extension`) from their sources. */
export function copyAssets(pkg) {
  for (const [from, to] of assetsOf(pkg)) {
    rmSync(to, { recursive: true, force: true });
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true });
  }
}

/** Removes the copies of one package folder, and the folders they leave empty. */
export function removeAssets(pkg) {
  for (const [, to] of assetsOf(pkg)) {
    rmSync(to, { recursive: true, force: true });
    for (let dir = dirname(to); relative(join(ROOT, pkg), dir) !== '' && existsSync(dir) && readdirSync(dir).length === 0; dir = dirname(dir)) rmdirSync(dir);
  }
}

function assetsOf(pkg) {
  const assets = ASSETS[pkg];
  if (!assets) throw new Error(`copy-assets: no assets for "${pkg}"; one of ${Object.keys(ASSETS).join(', ')}`);
  return assets.map(([from, to]) => [join(ROOT, from), join(ROOT, pkg, to)]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [pkg, flag] = process.argv.slice(2);
  try {
    if (flag === '--remove') removeAssets(pkg);
    else copyAssets(pkg);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
