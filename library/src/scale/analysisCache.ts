import { deserialize, serialize } from 'node:v8';
import type { AnalysisRecord } from './analysisRecord.js';
import { fromLayout, toLayout, type RecordLayout } from './recordLayout.js';
import { readSignedSections, writeSignedSections } from './cacheFile.js';
import { cacheKey } from './cacheKey.js';
import { foreignContent } from './cacheLocation.js';
import { signingKey } from './signingKey.js';

export { CACHE_FILE, cacheFileFor } from './cacheLocation.js';

/** What a cache file's signed payload holds (`v8.serialize`d): the key and the records laid out for fast reading (see recordLayout.ts). */
interface CacheContents {
  key: string;
  layout: RecordLayout;
}

/**
 * A content-hash cache of per-file analyses, like ESLint's `--cache`: a file whose bytes hash the
 * same as last time (same cxgov version and schema) is not parsed again. Only the per-file part is
 * cached; the rules still run on the whole project. Records are trusted only from a file signed
 * with this user's key (signingKey.ts): a missing, damaged, committed or forged cache file is
 * ignored, a file that is not a cxgov cache is never overwritten (cacheLocation.ts), and a cache
 * that cannot be written is skipped: the cache never changes what lint reports.
 */
export class AnalysisCache {
  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly signing: Buffer | undefined,
    private readonly records: ReadonlyMap<string, AnalysisRecord>,
    /** The records section as read, written back as it is when only the result changes. */
    private readonly recordBytes: Buffer | undefined,
  ) {}

  /**
   * Opens the cache file (see `cacheFileFor`) for analyses under this size limit; a file that is
   * not a cache signed with this user's key, or was written under another limit, counts as empty.
   */
  static open(file: string, maxFileSize: number): AnalysisCache {
    const key = cacheKey(maxFileSize);
    const signing = signingKey();
    const read = signing ? readRecords(file, key, signing) : undefined;
    return new AnalysisCache(file, key, signing, read?.records ?? new Map(), read?.bytes);
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

  /**
   * Keeps exactly these records (files gone since drop out) and writes the file, when anything
   * changed: with `result`, the whole result of the lint (see lintResultCache.ts), else none.
   */
  save(records: readonly AnalysisRecord[], result: Uint8Array = new Uint8Array()): void {
    // A file that could not be read has no hash to check against next time.
    const kept = records.filter((record) => record.hash !== '');
    const same = this.recordBytes !== undefined && kept.length === this.records.size && kept.every((record) => this.records.get(record.source.path) === record);
    // A lint with nothing changed, the common case, has nothing to write.
    if (!this.signing || (same && result.length === 0)) return;
    const recordBytes = same ? this.recordBytes! : serialize({ key: this.key, layout: toLayout(kept) } satisfies CacheContents);
    try {
      // Checked again just before the rename: a file put there during the lint is not replaced either.
      writeSignedSections(this.file, this.signing, recordBytes, result, () => foreignContent(this.file) === undefined);
    } catch {
      // Caching is an optimisation: a location that cannot be written only means no cache.
    }
  }
}

/** The records of a cache file signed with this user's key and written with the same key, and their bytes; none for anything else. */
function readRecords(file: string, key: string, signing: Buffer): { records: ReadonlyMap<string, AnalysisRecord>; bytes: Buffer } | undefined {
  const bytes = readSignedSections(file, signing)?.records;
  if (!bytes) return undefined;
  try {
    const contents = deserialize(bytes) as Partial<CacheContents> | null;
    if (contents?.key === key && contents.layout) return { records: new Map(fromLayout(contents.layout).map((record) => [record.source.path, record])), bytes };
  } catch {
    // Signed by this user yet unreadable (another cxgov version's layout): start afresh.
  }
  return undefined;
}
