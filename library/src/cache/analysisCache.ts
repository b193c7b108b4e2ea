import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AnalysisRecord } from '../check/analysisRecord.js';
import { fromLayout, toLayout, type RecordLayout } from '../check/recordLayout.js';
import { cacheKey } from './cacheKey.js';
import { contentHash } from './contentHash.js';

/** The cache file's name when only a folder is given (and the default, in the project root). */
export const CACHE_FILE = '.cxgov-cache';

/**
 * A cache file is this mark, the sha1 of the rest, and the rest: `v8.serialize` of the key and the
 * records laid out for fast reading (see recordLayout.ts). The mark tells a cxgov cache from
 * anything else at the location; the checksum tells a whole one from a damaged one.
 */
const MAGIC = Buffer.from('cxgov-analysis-cache\n');
/** Length of a base64 sha1. */
const DIGEST_BYTES = 28;

interface CacheContents {
  key: string;
  layout: RecordLayout;
}

/**
 * A content-hash cache of per-file analyses, like ESLint's `--cache`: a file whose bytes hash the
 * same as last time (same cxgov version and schema) is not parsed again. Only the per-file part is
 * cached; the rules still run on the whole project. A missing, corrupt or foreign cache file is
 * ignored; a cache that cannot be written is skipped: the cache never changes what lint reports.
 */
export class AnalysisCache {
  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly records: ReadonlyMap<string, AnalysisRecord>,
  ) {}

  /**
   * Opens the cache file (see `cacheFileFor`) for analyses under this size limit; a file that is
   * not a usable cache, or was written under another limit, counts as empty.
   */
  static open(file: string, maxFileSize: number): AnalysisCache {
    const key = cacheKey(maxFileSize);
    return new AnalysisCache(file, key, readRecords(file, key));
  }

  /** Whether the cache holds no record at all (then hashing the files for it is pointless). */
  get empty(): boolean {
    return this.records.size === 0;
  }

  /** The cached record of a file, when the file's bytes (their content hash) are still the same. */
  lookup(path: string, hash: string): AnalysisRecord | undefined {
    const record = this.records.get(path);
    return record && hash !== '' && record.hash === hash ? record : undefined;
  }

  /** Keeps exactly these records (files gone since drop out) and writes the file, when anything changed. */
  save(records: readonly AnalysisRecord[]): void {
    // A file that could not be read has no hash to check against next time.
    const kept = records.filter((record) => record.hash !== '');
    // A lint with nothing changed, the common case, has nothing to write.
    if (kept.length === this.records.size && kept.every((record) => this.records.get(record.source.path) === record)) return;
    const contents: CacheContents = { key: this.key, layout: toLayout(kept) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      const payload = serialize(contents);
      mkdirSync(dirname(this.file), { recursive: true });
      // Written in parts: joining them first would hold a second copy of the payload.
      const fd = openSync(temporary, 'w');
      try {
        for (const part of [MAGIC, checksum(payload), payload]) {
          for (let written = 0; written < part.length; ) written += writeSync(fd, part, written);
        }
      } finally {
        closeSync(fd);
      }
      // Renaming is atomic: a lint running at the same time reads the old cache or the new one, never half.
      renameSync(temporary, this.file);
    } catch {
      // Caching is an optimisation: a location that cannot be written only means no cache.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written there either.
      }
    }
  }
}

/**
 * Where the cache lives: `.cxgov-cache` in the project root by default; else the given path (from
 * `cwd`), or `.cxgov-cache` inside it when it is a folder or ends with a separator, as ESLint does.
 */
export function cacheFileFor(location: true | string, cwd: string, root: string): string {
  if (location === true) return join(root, CACHE_FILE);
  const path = resolve(cwd, location);
  if (location.endsWith('/') || location.endsWith(sep) || isFolder(path)) return join(path, CACHE_FILE);
  return path;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The records of a cache file written with the same key; none for anything else. */
function readRecords(file: string, key: string): ReadonlyMap<string, AnalysisRecord> {
  try {
    const bytes = readFileSync(file);
    const payload = bytes.subarray(MAGIC.length + DIGEST_BYTES);
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) return new Map();
    if (!bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES).equals(checksum(payload))) return new Map();
    const contents = deserialize(payload) as Partial<CacheContents> | null;
    if (contents?.key === key && contents.layout) return new Map(fromLayout(contents.layout).map((record) => [record.source.path, record]));
  } catch {
    // Missing, unreadable, truncated or not a cache at all: start afresh.
  }
  return new Map();
}

/** The checksum of a payload, as it is written in the file. */
function checksum(payload: Uint8Array): Buffer {
  return Buffer.from(contentHash(payload), 'latin1');
}
