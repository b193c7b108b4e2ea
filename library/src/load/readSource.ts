import { lstatSync, statSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { NotARegularFileError, openRegularFile } from '../util/regularFile.js';
import { notRegularMessage } from '../util/fileKind.js';
import { BINARY_MESSAGE, parseSource, unreadableSource, type SourceFile } from '../source/sourceFile.js';
import { DEFAULT_MAX_FILE_SIZE, readingLimit, tooBigMessage } from '../source/sourceSize.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a source file from disk; unreadable or non-UTF-8 content, or more than `maxFileSize`
 * bytes, becomes a problem, not an exception. A file far over the limit is not even read, and
 * anything but a regular file (a named pipe would never answer) is not read at all.
 */
export async function readSource(path: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    const handle = await openRegularFile(path);
    try {
      const { size } = await handle.stat();
      if (size >= readingLimit(maxFileSize)) return unreadableSource(path, tooBigMessage(size, maxFileSize)!);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return cannotRead(path, error);
  }
  return decodeSource(path, bytes, maxFileSize);
}

/** The source of a file that could not be read, with the reason. */
export function cannotRead(path: string, error: unknown): SourceFile {
  if (error instanceof NotARegularFileError) {
    // findSources keeps a folder link leading out of the project among the sources, so that this is said.
    if (statsOf(path, false)?.isSymbolicLink()) return unreadableSource(path, `${basename(path)} is a link to a folder outside the project; cxgov does not read the sources behind it. Keep sources inside the project.`);
    return unreadableSource(path, `${notRegularMessage(path)} Remove it from the sources.`);
  }
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  // findSources keeps a folder it could not list among the sources, so that this is said.
  if (statsOf(path, true)?.isDirectory()) return unreadableSource(path, `This folder cannot be read (${code}), so the sources in it are not checked. Let cxgov read it, or leave it out with sources.exclude in cxgov.yaml.`);
  return unreadableSource(path, `The file cannot be read (${code}).`);
}

/** What is at a path, the link itself or (`follow`) what it leads to; undefined when it cannot be told. */
function statsOf(path: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Decodes bytes as UTF-8 YAML, explaining in plain words when they are not. */
export function decodeSource(path: string, bytes: Uint8Array, maxFileSize = DEFAULT_MAX_FILE_SIZE): SourceFile {
  const decoded = decodeText(bytes);
  return typeof decoded === 'string' ? parseSource(path, decoded, maxFileSize) : unreadableSource(path, decoded.problem);
}

/** The text of a source's bytes, or why they are not UTF-8 text. */
export function decodeText(bytes: Uint8Array): string | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'The file is saved as UTF-16; save it as UTF-8.' };
  }
  if (bytes.includes(0)) {
    return { problem: BINARY_MESSAGE };
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return { problem: 'The file is not valid UTF-8 text; save it with UTF-8 encoding.' };
  }
}
