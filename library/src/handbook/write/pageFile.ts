import { closeSync, fsyncSync, lstatSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { folderEntry, namesIn, removeFile } from './folderEntry.js';
import { folderOf } from './pagePath.js';
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

/** Removes from `folder` the temporary files of writers that no longer run (killed half-way). */
export function removeTempFiles(folder: string): void {
  for (const name of staleTempFiles(folder)) {
    const path = join(folder, name);
    try {
      if (lstatSync(path).isFile()) removeFile(path);
    } catch {
      // Gone meanwhile.
    }
  }
}

/** The names of the temporary files in `folder` whose writer no longer runs. */
export function staleTempFiles(folder: string): string[] {
  return namesIn(folder).filter((name) => {
    const writer = TEMP_NAME.exec(name)?.[1];
    return writer !== undefined && !isProcessAlive(Number(writer));
  });
}

/** The folders that hold these pages, each reached from `out` without a link: where temporary files may be. */
export function pageFolders(out: string, pages: Iterable<string>): string[] {
  const folders = new Set([...pages].map(folderOf));
  folders.delete('');
  const real = [out];
  for (const folder of folders) {
    const entry = folderEntry(out, folder);
    if (entry.kind === 'not a file' && entry.what === 'a folder') real.push(entry.path);
  }
  return real;
}
