import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * Raised for a path that is not a regular file (a FIFO, a socket, a device, a folder). cxgov reads
 * only regular files: reading a FIFO from a hostile repository would wait forever.
 */
export class NotARegularFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(readonly path: string) {
    super(`${path} is not a regular file.`);
  }
}

// Opening a FIFO without O_NONBLOCK blocks until a writer comes; with it, open returns at once and
// fstat tells what the path is before a single byte is read.
const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK;

/** A regular file's bytes; throws NotARegularFileError for anything else, and as readFileSync does otherwise. */
export function readRegularFileSync(path: string): Buffer {
  const fd = openSync(path, READ_FLAGS);
  try {
    if (!fstatSync(fd).isFile()) throw new NotARegularFileError(path);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFileSync`, without blocking the thread. */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await openRegularFile(path);
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Opens a regular file for reading without blocking the thread (the caller closes it); throws NotARegularFileError for anything else. */
export async function openRegularFile(path: string): Promise<FileHandle> {
  const handle = await open(path, READ_FLAGS);
  if ((await handle.stat()).isFile()) return handle;
  await handle.close();
  throw new NotARegularFileError(path);
}

/** Opens a regular file for reading (the caller closes it); throws NotARegularFileError for anything else. */
export function openRegularFileSync(path: string): number {
  const fd = openSync(path, READ_FLAGS);
  if (fstatSync(fd).isFile()) return fd;
  closeSync(fd);
  throw new NotARegularFileError(path);
}
