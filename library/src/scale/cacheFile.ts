import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { readRegularFileSync } from '../util/regularFile.js';

/**
 * A cache file is this mark, the HMAC-SHA256 of the rest under the user's signing key (see
 * signingKey.ts), and the rest. The mark tells a cxgov cache from anything else at the location;
 * the signature tells a cache this user's cxgov wrote from a damaged, foreign or forged one.
 */
export const CACHE_MAGIC = Buffer.from('cxgov-analysis-cache\n');
const SIGNATURE_BYTES = 32;

/** The payload of a cache file signed with `key`; undefined for anything else (missing, damaged, forged, not a file). */
export function readSignedPayload(file: string, key: Buffer): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(file);
  } catch {
    return undefined;
  }
  const start = CACHE_MAGIC.length + SIGNATURE_BYTES;
  if (bytes.length < start || !bytes.subarray(0, CACHE_MAGIC.length).equals(CACHE_MAGIC)) return undefined;
  const payload = bytes.subarray(start);
  return timingSafeEqual(bytes.subarray(CACHE_MAGIC.length, start), signature(key, payload)) ? payload : undefined;
}

/**
 * Writes a signed cache file whole or not at all: into a new temporary file beside it (a random
 * name, created exclusively, so nothing planted there is written through), renamed over the file
 * only while `mayReplace` still holds. Throws when it cannot; the temporary file is then removed.
 */
export function writeSignedPayload(file: string, key: Buffer, payload: Uint8Array, mayReplace: () => boolean): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temporary, 'wx');
    try {
      // Written in parts: joining them first would hold a second copy of the payload.
      for (const part of [CACHE_MAGIC, signature(key, payload), payload]) {
        for (let written = 0; written < part.length; ) written += writeSync(fd, part, written);
      }
    } finally {
      closeSync(fd);
    }
    // Renaming is atomic: a lint running at the same time reads the old cache or the new one, never half.
    if (mayReplace()) renameSync(temporary, file);
  } finally {
    removeQuietly(temporary);
  }
}

function signature(key: Buffer, payload: Uint8Array): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

/** Removes a temporary file of ours, if it is there and can be removed. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left behind in a folder that refuses changes; it holds nothing of anyone.
  }
}
