import { readFile } from 'node:fs/promises';
import { parseSource, unreadableSource, type SourceFile } from './sourceFile.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a source file from disk; unreadable or non-UTF-8 content becomes a problem, not an exception. */
export async function readSource(path: string): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return unreadableSource(path, `The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  return decodeSource(path, bytes);
}

/** Decodes bytes as UTF-8 YAML, explaining in plain words when they are not. */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return unreadableSource(path, 'The file is saved as UTF-16; save it as UTF-8.');
  }
  if (bytes.includes(0)) {
    return unreadableSource(path, 'The file is binary, not YAML text; remove it from the sources or save it as UTF-8 text.');
  }
  try {
    return parseSource(path, utf8.decode(bytes));
  } catch {
    return unreadableSource(path, 'The file is not valid UTF-8 text; save it with UTF-8 encoding.');
  }
}
