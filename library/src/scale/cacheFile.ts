import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { openRegularFileSync, readRegularFileSync } from '../util/regularFile.js';

/**
 * A cache file is this mark, then two signed sections: the per-file records, then the whole
 * result of the last lint (empty when there is none).
 *
 *   mark | records length (8) | records signature (32) | records | result | result signature (32) | result length (8)
 *
 * The mark tells a cxgov cache from anything else at the location; each signature, the HMAC-SHA256
 * of its section under the user's signing key (see signingKey.ts) and the section's name, tells a
 * section this user's cxgov wrote from a damaged, foreign or forged one. The result sits at the
 * end, its length last, so that an unchanged project reads only the file's tail.
 */
export const CACHE_MAGIC = Buffer.from('cxgov-analysis-cache\n');
const SIGNATURE_BYTES = 32;
const LENGTH_BYTES = 8;
const RECORDS_START = CACHE_MAGIC.length + LENGTH_BYTES + SIGNATURE_BYTES;
const TRAILER_BYTES = SIGNATURE_BYTES + LENGTH_BYTES;

/** What a cache file holds, each section verified; a section that is not is undefined. */
export interface SignedSections {
  records: Buffer | undefined;
  result: Buffer | undefined;
}

/** The verified sections of a cache file signed with `key`; undefined for anything else (missing, damaged, forged, not a file). */
export function readSignedSections(file: string, key: Buffer): SignedSections | undefined {
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length < RECORDS_START || !bytes.subarray(0, CACHE_MAGIC.length).equals(CACHE_MAGIC)) return undefined;
  const length = readLength(bytes, CACHE_MAGIC.length, bytes.length - RECORDS_START);
  const records = length === undefined ? undefined : bytes.subarray(RECORDS_START, RECORDS_START + length);
  const signed = records && verified(key, 'records', bytes.subarray(RECORDS_START - SIGNATURE_BYTES, RECORDS_START), records);
  return { records: signed ? records : undefined, result: resultOf(bytes, key) };
}

/**
 * The verified result section of a cache file signed with `key`, read from the file's tail alone;
 * undefined for anything else. Never blocks on a FIFO.
 */
export function readSignedResult(file: string, key: Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openRegularFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(CACHE_MAGIC.length);
    if (size < RECORDS_START + TRAILER_BYTES || readSync(fd, head, 0, head.length, 0) !== head.length || !head.equals(CACHE_MAGIC)) return undefined;
    const trailer = readAt(fd, size - TRAILER_BYTES, TRAILER_BYTES);
    const length = trailer && readLength(trailer, SIGNATURE_BYTES, size - RECORDS_START - TRAILER_BYTES);
    if (length === undefined) return undefined;
    const section = readAt(fd, size - TRAILER_BYTES - length, length + TRAILER_BYTES);
    return section && resultOf(section, key);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a signed cache file whole or not at all: into a new temporary file beside it (a random
 * name, created exclusively, so nothing planted there is written through), renamed over the file
 * only while `mayReplace` still holds. Throws when it cannot; the temporary file is then removed.
 */
export function writeSignedSections(file: string, key: Buffer, records: Uint8Array, result: Uint8Array, mayReplace: () => boolean): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temporary, 'wx');
    try {
      // Written in parts: joining them first would hold a second copy of the records.
      const parts = [CACHE_MAGIC, lengthBytes(records.length), signature(key, 'records', records), records, result, signature(key, 'result', result), lengthBytes(result.length)];
      for (const part of parts) {
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

/**
 * Writes the cache file again with its records as they are and a new result, as `writeSignedSections`
 * does; nothing when its records are not a section this key signed (they are never signed unread).
 */
export function replaceSignedResult(file: string, key: Buffer, result: Uint8Array, mayReplace: () => boolean): void {
  const records = readSignedSections(file, key)?.records;
  if (records) writeSignedSections(file, key, records, result, mayReplace);
}

/** The result section at the end of `bytes` (its payload, signature and length), when it is one this key signed. */
function resultOf(bytes: Buffer, key: Buffer): Buffer | undefined {
  if (bytes.length < TRAILER_BYTES) return undefined;
  const length = readLength(bytes, bytes.length - LENGTH_BYTES, bytes.length - TRAILER_BYTES);
  if (length === undefined) return undefined;
  const end = bytes.length - TRAILER_BYTES;
  const result = bytes.subarray(end - length, end);
  return verified(key, 'result', bytes.subarray(end, end + SIGNATURE_BYTES), result) ? result : undefined;
}

/** A section length stored at `at`, when it fits in `room` bytes; undefined for anything a damaged file may say. */
function readLength(bytes: Buffer, at: number, room: number): number | undefined {
  const length = bytes.readBigUInt64BE(at);
  return length <= BigInt(Math.max(0, room)) ? Number(length) : undefined;
}

function lengthBytes(length: number): Buffer {
  const bytes = Buffer.alloc(LENGTH_BYTES);
  bytes.writeBigUInt64BE(BigInt(length));
  return bytes;
}

function readAt(fd: number, position: number, length: number): Buffer | undefined {
  const bytes = Buffer.alloc(length);
  return readSync(fd, bytes, 0, length, position) === length ? bytes : undefined;
}

function verified(key: Buffer, section: string, given: Buffer, payload: Uint8Array): boolean {
  return given.length === SIGNATURE_BYTES && timingSafeEqual(given, signature(key, section, payload));
}

/** The section's name is signed with it: a result can never pass for records, nor the other way round. */
function signature(key: Buffer, section: string, payload: Uint8Array): Buffer {
  return createHmac('sha256', key).update(`${section}\n`).update(payload).digest();
}

/** Removes a temporary file of ours, if it is there and can be removed. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left behind in a folder that refuses changes; it holds nothing of anyone.
  }
}
