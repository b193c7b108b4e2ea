import { closeSync, fsyncSync, lstatSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { namesIn, removeFile } from './folderEntry.js';
import { isProcessAlive } from './processAlive.js';

// `.kpis.md.cxgov-tmp-<pid>-<8 hex>`: hidden, beside the file it will replace, naming its writer.
const TEMP_NAME = /^\..+\.cxgov-tmp-(\d+)-[0-9a-f]{8}$/;

/** A fresh temporary name beside `path`, for this process. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.cxgov-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Writes a whole file or nothing: the bytes go to a temporary file beside it, flushed to disk,
 * which then takes the file's name in one rename. A kill at any instant leaves the old file or
 * the new one, and at worst a temporary file that the next run removes (removeTempFiles).
 */
export function writeFileWhole(path: string, data: string): void {
  const temp = tempPathFor(path);
  const fd = openSync(temp, 'wx', 0o666);
  try {
    try {
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    removeFile(temp);
    throw error;
  }
}

/** Removes from `folder` the temporary files of writers that no longer run (killed half-way); returns their paths. */
export function removeTempFiles(folder: string): string[] {
  const removed: string[] = [];
  for (const name of namesIn(folder)) {
    const writer = TEMP_NAME.exec(name)?.[1];
    if (!writer || isProcessAlive(Number(writer))) continue;
    const path = join(folder, name);
    if (!lstatSync(path).isFile()) continue;
    removeFile(path);
    removed.push(path);
  }
  return removed;
}

/** The temporary files of killed writers in `folder`, for --check. */
export function staleTempFiles(folder: string): string[] {
  return namesIn(folder).filter((name) => {
    const writer = TEMP_NAME.exec(name)?.[1];
    return writer !== undefined && !isProcessAlive(Number(writer));
  });
}
