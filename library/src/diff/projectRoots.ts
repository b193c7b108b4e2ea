import picomatch from 'picomatch';
import { posix } from 'node:path';
import { ALWAYS_EXCLUDE, CONFIG_FILE } from '../load/settings.js';

const ignored = picomatch([...ALWAYS_EXCLUDE], { dot: true });

/** The folders (repository-relative, `''` for the top) that hold a `cxgov.yaml` in a revision's files. */
export function projectRoots(files: Iterable<string>): string[] {
  const roots: string[] = [];
  for (const path of files) {
    if (posix.basename(path) !== CONFIG_FILE || ignored(path)) continue;
    const folder = posix.dirname(path);
    roots.push(folder === '.' ? '' : folder);
  }
  return roots.sort();
}

/** The path of a file of the project at `root`, relative to the repository. */
export function inRoot(root: string, name: string): string {
  return root === '' ? name : `${root}/${name}`;
}

/**
 * The projects a diff run from `where` (repository-relative) covers: those inside it and the one
 * around it, as `cxgov lint` checks the project around the folder it runs in.
 */
export function projectsAround(roots: Iterable<string>, where: string): string[] {
  const inside = (path: string, folder: string) => folder === '' || path === folder || path.startsWith(`${folder}/`);
  return [...new Set(roots)].filter((root) => inside(root, where) || inside(where, root)).sort();
}
