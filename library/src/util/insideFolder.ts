import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Whether `path` is `folder` or lies below it, by their names alone (no links resolved). */
export function isPathInside(path: string, folder: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`);
}

/**
 * The real path of `path`, every symbolic link resolved, also when its last parts do not exist yet
 * (a handbook folder a run will create): the nearest existing ancestor is resolved and the rest
 * appended.
 */
export function realPathOf(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync.native(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPathOf(parent), basename(absolute));
  }
}

/** Whether `path` lies inside `folder` once every symbolic link on either is resolved. */
export function isRealPathInside(path: string, folder: string): boolean {
  return isPathInside(realPathOf(path), realPathOf(folder));
}
