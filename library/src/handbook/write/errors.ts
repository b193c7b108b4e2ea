import { dirname } from 'node:path';

/** Raised when cxgov will not write at the folder; the message says why and what to do. */
export class HandbookFolderError extends Error {}

/** Raised when the system refused a write half-way (permissions, a full disk): the message names the path. */
export class HandbookWriteError extends HandbookFolderError {}

// What a person can do about each error the system gives; anything else is a bug and goes up as is.
const PLAIN: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'an input/output error of the disk',
  ENAMETOOLONG: 'the path is too long',
};

/** The HandbookWriteError for an error of the environment at `path`; other errors as they are. */
export function plainError(path: string, error: unknown): unknown {
  const { code, path: where = path } = (error ?? {}) as NodeJS.ErrnoException;
  if (!code || !PLAIN[code]) return error;
  // A temporary file's name means nothing to a person: name the folder it was going into.
  const named = /\.cxgov-tmp-\d+-[0-9a-f]{8}$/.test(where) ? `in ${dirname(where)}` : where;
  return new HandbookWriteError(`could not write ${named}: ${PLAIN[code]}.`);
}
