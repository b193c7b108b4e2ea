import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * Writes a whole file or nothing: the bytes go to a new temporary file beside it, which then takes
 * the file's name in one rename. A run killed or a disk filled half-way leaves the old file as it
 * was. (write-file-atomic's sync write does one write call and renames a short file as if whole.)
 */
export function writeFileAtomicSync(path: string, data: string | Buffer): void {
  // A random name, created exclusively: nothing planted beside the file is written through.
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(temporary, 'wx', modeOf(path));
    try {
      // Given a descriptor, writeFileSync writes until every byte is out or the system refuses.
      writeFileSync(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder refuses changes: the first error is the one to tell.
    }
    throw error;
  }
}

/** The permissions of the file being replaced, so that a rewrite keeps them; the usual ones for a new file. */
function modeOf(path: string): number {
  try {
    return statSync(path).mode & 0o777;
  } catch {
    return 0o666;
  }
}
