import { closeSync, readSync } from 'node:fs';
import { openRegularFileSync } from '../util/regularFile.js';

const USUAL = 64 * 1024;

/** One buffer for every file a thread reads: sources are a few kilobytes, and thousands are read in a row. */
let scratch = Buffer.allocUnsafe(USUAL);

/**
 * A file's bytes, read with open, read and close only (no stat, no new buffer per file): for the
 * threads that hash and analyse thousands of sources. The bytes are only valid until the next call.
 * Reading stops once more than `upTo` bytes are in: past a size limit, the rest does not matter.
 * Throws as `readFileSync` does (ENOENT, EACCES…), and NotARegularFileError for a named pipe, a
 * folder or a device: those are never read, so a pipe cannot make a thread wait forever.
 */
export function readTransient(path: string, upTo = Infinity): Buffer {
  const fd = openRegularFileSync(path);
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const grown = Buffer.allocUnsafe(scratch.length * 2);
        scratch.copy(grown, 0, 0, length);
        scratch = grown;
      }
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      length += read;
      if (read === 0 || length > upTo) return scratch.length === USUAL ? scratch.subarray(0, length) : handOver(length);
    }
  } finally {
    closeSync(fd);
  }
}

/** A buffer grown for an unusually big file goes to the caller; the thread keeps a usual one. */
function handOver(length: number): Buffer {
  const bytes = scratch.subarray(0, length);
  scratch = Buffer.allocUnsafe(USUAL);
  return bytes;
}
