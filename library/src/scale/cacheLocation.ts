import { closeSync, readSync, statSync } from 'node:fs';
import { fileKind } from '../util/fileKind.js';
import { join, resolve, sep } from 'node:path';
import { NotARegularFileError, openRegularFileSync } from '../util/regularFile.js';
import { CACHE_MAGIC } from './cacheFile.js';

/** The cache file's name when only a folder is given (and the default, in the project root). */
export const CACHE_FILE = '.cxgov-cache';

/** The cache location holds something that is not a cxgov cache: it is never overwritten. */
export class CacheLocationError extends Error {
  constructor(
    /** Absolute path of the cache file. */
    readonly file: string,
    /** What is there instead, in plain words ("a named pipe", "a file of another kind"). */
    readonly found: string,
  ) {
    super(`${file} is not a cxgov cache (it is ${found}); it was not overwritten.`);
  }
}

/**
 * Where the cache lives: `.cxgov-cache` in the project root by default; else the given path (from
 * `cwd`), or `.cxgov-cache` inside it when it is a folder or ends with a separator, as ESLint does.
 * Throws CacheLocationError when something other than a cxgov cache is there.
 */
export function cacheFileFor(location: true | string, cwd: string, root: string): string {
  const file = location === true ? join(root, CACHE_FILE) : fileAt(resolve(cwd, location), location);
  const found = foreignContent(file);
  if (found) throw new CacheLocationError(file, found);
  return file;
}

function fileAt(path: string, location: string): string {
  if (location.endsWith('/') || location.endsWith(sep) || isFolder(path)) return join(path, CACHE_FILE);
  return path;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What sits at the cache file's path when a cache may not replace it; undefined when nothing
 * does, or an empty file, or a cxgov cache (by its first bytes). Never blocks on a FIFO.
 */
export function foreignContent(file: string): string | undefined {
  let fd: number;
  try {
    fd = openRegularFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (error instanceof NotARegularFileError) return fileKind(file);
    return `a file cxgov cannot read (${code ?? String(error)})`;
  }
  try {
    const head = Buffer.alloc(CACHE_MAGIC.length);
    const length = readSync(fd, head, 0, head.length, 0);
    if (length === 0 || head.equals(CACHE_MAGIC)) return undefined;
    return 'a file of another kind';
  } finally {
    closeSync(fd);
  }
}
