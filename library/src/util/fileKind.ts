import { statSync } from 'node:fs';
import { basename } from 'node:path';

/** What a path that is not a regular file is, in plain words ("a named pipe", "a folder"…). */
export function fileKind(path: string): string {
  try {
    const stats = statSync(path);
    if (stats.isFIFO()) return 'a named pipe';
    if (stats.isDirectory()) return 'a folder';
    if (stats.isSocket()) return 'a socket';
    if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  } catch {
    // Gone or unreachable since it was opened: the generic words below still hold.
  }
  return 'a special file';
}

/** Why a path that is not a regular file is not read, naming it; reading a named pipe would wait forever. */
export function notRegularMessage(path: string, name = basename(path)): string {
  return `${name} is not a regular file (${fileKind(path)}); cxgov reads only regular files.`;
}
