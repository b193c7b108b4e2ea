import { lstatSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFileSync } from '../../util/regularFile.js';

/** What stands at a page path inside the handbook folder, looked at without following any link. */
export type FolderEntry =
  | { kind: 'missing' }
  | { kind: 'file'; path: string }
  /** A link, a folder, a FIFO… at the path or on the way to it: cxgov neither writes nor removes through it. */
  | { kind: 'not a file'; path: string; what: string };

/**
 * Looks at `page` (a plain relative path, forward slashes) inside `folder` part by part with
 * lstat, so that a committed link (`handbook/kpis -> /etc`) is seen as a link, never followed.
 */
export function folderEntry(folder: string, page: string): FolderEntry {
  const parts = page.split('/');
  let path = folder;
  for (const [i, part] of parts.entries()) {
    path = join(path, part);
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      return { kind: 'missing' };
    }
    const last = i === parts.length - 1;
    if (stats.isSymbolicLink()) return { kind: 'not a file', path, what: 'a symbolic link' };
    if (last) return stats.isFile() ? { kind: 'file', path } : { kind: 'not a file', path, what: stats.isDirectory() ? 'a folder' : 'not a regular file' };
    if (!stats.isDirectory()) return { kind: 'not a file', path, what: 'not a folder' };
  }
  return { kind: 'missing' };
}

/** Makes the folders on the way to `page` inside `folder`, one at a time, refusing to pass through a link. */
export function makeFoldersFor(folder: string, page: string): void {
  let path = folder;
  for (const part of page.split('/').slice(0, -1)) {
    path = join(path, part);
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const stats = lstatSync(path);
      if (stats.isSymbolicLink() || !stats.isDirectory()) throw new Error(`${path} is not a folder`);
    }
  }
}

/** The names in a folder, or none when it cannot be listed. */
export function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}

/** Removes a file, when it is still there. */
export function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The text of a file inside the folder, read without following a link and only from a regular file (a FIFO never hangs). */
export function textInside(folder: string, page: string): string | undefined {
  const entry = folderEntry(folder, page);
  if (entry.kind !== 'file') return undefined;
  try {
    return readRegularFileSync(entry.path).toString('utf8');
  } catch {
    return undefined;
  }
}
