import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../../version.js';

/**
 * The package.json `cxgov init` writes where there is none: `npm install` (then `npm ci` in CI)
 * installs this cxgov, so that `npx cxgov` and `npm run lint` find it.
 */
export function initPackageJson(): string {
  const manifest = {
    private: true,
    scripts: { lint: 'cxgov lint', handbook: 'cxgov handbook' },
    devDependencies: { cxgov: `^${VERSION}` },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Writes the package.json into `folder` unless something is there under that name; whether it wrote. */
export function writeInitPackageJson(folder: string): boolean {
  try {
    // `wx` creates or fails: a package.json (or a link by that name) that appears meanwhile is kept.
    writeFileSync(join(folder, 'package.json'), initPackageJson(), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}
