import { hash } from 'node:crypto';
import { readTransient } from '../load/readTransient.js';

/** The cache's key for a file's content: sha1 of its bytes, as ESLint's content strategy uses. */
export function contentHash(bytes: Uint8Array): string {
  // The one-shot `hash` costs half of `createHash` for a few kilobytes, and tens of thousands are hashed.
  return hash('sha1', bytes, 'base64');
}

/** The content hash of a file; '' when it cannot be read. */
export function hashFile(path: string): string {
  try {
    return contentHash(readTransient(path));
  } catch {
    return '';
  }
}
