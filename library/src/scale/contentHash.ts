import { hash } from 'node:crypto';
import { readTransient } from '../load/readTransient.js';

/**
 * The cache's key for a file's content: sha256 of all its bytes. Not sha1: a record is trusted for
 * any file with the same hash, and sha1 collisions can be made to order.
 */
export function contentHash(bytes: Uint8Array): string {
  // The one-shot `hash` costs half of `createHash` for a few kilobytes, and tens of thousands are hashed.
  return hash('sha256', bytes, 'base64');
}

/** The content hash of a file's whole content; '' when it cannot be read. */
export function hashFile(path: string): string {
  try {
    return contentHash(readTransient(path));
  } catch {
    return '';
  }
}
