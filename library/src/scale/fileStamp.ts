import { statSync } from 'node:fs';

/**
 * A file's stamp: what `stat` says of it (change time, modification time, size, inode), '' when it
 * is not a regular file that can be stat'ed. The kernel sets the change time on every write and
 * rename, and no one can set it back, so a file whose stamp is as recorded still holds the bytes
 * it held then, unless it changed within the same tick of the file system's clock as it was
 * recorded: see `settledBefore`. Taken without opening the file, so a named pipe cannot block it.
 */
export function fileStamp(path: string): string {
  try {
    const stats = statSync(path);
    return stats.isFile() ? `${stats.ctimeMs}:${stats.mtimeMs}:${stats.size}:${stats.ino}` : '';
  } catch {
    return '';
  }
}

/**
 * How long before a stamp is taken a file must have last changed for its stamp to vouch for its
 * bytes: more than the coarsest clock of a file system in use (2 s on FAT), plus the kernel's lag
 * behind the system clock, with room to spare. Git calls files changed later than this "racily clean" and reads them.
 */
export const SETTLED_MS = 3_000;

/** Whether every stamp shows its file last changed at least SETTLED_MS before `takenAt` (ms since the epoch). */
export function settledBefore(stamps: readonly string[], takenAt: number): boolean {
  // A stamp starts with the change time.
  return stamps.every((stamp) => stamp !== '' && Number.parseFloat(stamp) < takenAt - SETTLED_MS);
}
