import { isAbsolute, relative } from 'node:path';

/** What the system's refusals mean, in plain words (the code follows in brackets). */
const PLAIN: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  ENOTEMPTY: 'the folder is not empty',
  EBUSY: 'it is busy',
  ETXTBSY: 'it is busy',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  EIO: 'input/output error',
  EXDEV: 'it is on another device',
  ENOTREG: 'not a regular file',
};

/** What cxgov was doing, by the system call that failed. */
const ACTION: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  rename: 'write',
  copyfile: 'write',
  mkdir: 'create the folder',
  scandir: 'read the folder',
  opendir: 'read the folder',
  unlink: 'remove',
  rmdir: 'remove',
  rm: 'remove',
};

interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** Whether an error is the system refusing a file operation (EACCES, ENOSPC…), not a fault of cxgov. */
export function isEnvironmentError(error: unknown): error is Error & SystemError {
  const code = (error as Partial<SystemError> | undefined)?.code;
  return error instanceof Error && typeof code === 'string' && Object.hasOwn(PLAIN, code);
}

/**
 * "cannot write report.json: permission denied (EACCES)". `action` and `path` say what the user
 * asked for, when the failing call worked on another path (a temporary file beside it).
 */
export function environmentMessage(error: Error & SystemError, action?: string, path?: string): string {
  const shown = path ?? error.dest ?? error.path;
  const doing = action ?? ACTION[error.syscall ?? ''] ?? 'access';
  return `cannot ${doing}${shown ? ` ${displayPath(shown)}` : ''}: ${plainReason(error)}`;
}

/** The refusal alone, in plain words and its code: "permission denied (EACCES)". */
export function plainReason(error: Error & SystemError): string {
  return `${PLAIN[error.code]} (${error.code})`;
}

/** A path as a user reads it in a message: relative to the current folder when inside it, else as it is. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const inside = relative(cwd, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}
