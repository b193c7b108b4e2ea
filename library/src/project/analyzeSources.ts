import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { analyzeFile } from '../check/analyzeFile.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { fromRecord, type AnalysisRecord } from '../scale/analysisRecord.js';
import { analyzePaths } from '../scale/analyzePath.js';
import { readSource } from '../load/readSource.js';
import { AnalysisCache } from '../scale/analysisCache.js';
import { hashFile } from '../scale/contentHash.js';
import { fileStamp } from '../scale/fileStamp.js';
import { WorkerPool, type OnBatch } from '../scale/workerPool.js';

export interface AnalyzeOptions {
  /**
   * Analyse sources in worker threads into lean analyses (positions kept, YAML documents dropped),
   * as `cxgov lint` does. `'auto'`: only when there are enough files to repay starting the threads.
   * Off by default: analyses then hold their YAML documents, as editor features need.
   */
  workers?: boolean | 'auto';
  /**
   * Reuse per-file analyses from a content-hash cache file and update it: `true` for `.cxgov-cache`
   * in the project root, or a file or folder path. Analyses are lean, as with `workers`.
   */
  cache?: boolean | string;
}

/** How one load analyses its sources. */
export interface AnalyzePlan {
  workers: AnalyzeOptions['workers'];
  /** Absolute path of the cache file (see `cacheFileFor`), when the cache is used. */
  cacheFile: string | undefined;
  /** `sources.maxFileSize`: larger sources are one problem each, not parsed. */
  maxFileSize: number;
}

/**
 * Below this many files to parse, this thread alone is about as quick: most files take the fast
 * plain-YAML reader, and a worker first has to load and compile the parser and the schema.
 */
const ANALYZE_IN_WORKERS_FROM = 2000;
/** Hashing is cheap: threads only pay for themselves on many files. */
const HASH_IN_WORKERS_FROM = 2000;

/** Files read at once in-process: enough to keep the disk busy, far below any limit on open files. */
const READ_BATCH = 64;

/**
 * Analyses every source, in the order given: in-process with documents, or lean, through worker
 * threads and the cache file (which it updates).
 */
export async function analyzeSources(paths: readonly string[], plan: AnalyzePlan): Promise<FileAnalysis[]> {
  const analyzed = await analyzeAndCache(paths, plan);
  analyzed.saveCache();
  return analyzed.analyses;
}

/** The analyses of a load, their records, and how to update the cache file with them. */
export interface AnalyzedSources {
  analyses: FileAnalysis[];
  /** Each file's record, when analysed lean (each with its content hash when the cache is used). */
  records: readonly AnalysisRecord[];
  /** Writes the cache file, if any, with these records and `result` (the whole lint result, encoded). */
  saveCache(result?: Uint8Array): void;
}

/**
 * `analyzeSources`, leaving the cache file to be written by the caller. Each batch that comes back
 * from a worker is turned into analyses at once, while the workers go on with the next.
 * `plan.hashes`: the content hashes of `paths`, when already taken.
 */
export async function analyzeAndCache(paths: readonly string[], plan: AnalyzePlan & { hashes?: readonly string[] }): Promise<AnalyzedSources> {
  const { workers, cacheFile, maxFileSize } = plan;
  if (!workers && !cacheFile) return { analyses: await analyzeWithDocuments(paths, maxFileSize), records: [], saveCache: () => {} };
  const threads = new Threads(workers, maxFileSize);
  const records: AnalysisRecord[] = new Array<AnalysisRecord>(paths.length);
  const analyses: FileAnalysis[] = new Array<FileAnalysis>(paths.length);
  const keep = (i: number, record: AnalysisRecord) => {
    records[i] = record;
    analyses[i] = fromRecord(record);
  };
  try {
    const cache = cacheFile ? await openCache(cacheFile, maxFileSize, paths, plan.hashes, threads, keep) : undefined;
    const missing = cache ? cache.missing : paths.map((_, i) => i);
    await threads.analyze(
      missing.map((i) => paths[i]!),
      cache !== undefined,
      (first, batch) => batch.forEach((record, j) => keep(missing[first + j]!, record)),
    );
    return { analyses, records, saveCache: (result) => cache?.cache.save(records, result) };
  } finally {
    threads.close();
  }
}

/**
 * Stamps and hashes the files of a load, in a worker and this thread for many; started
 * (`startHashing`) before they are found, so that its thread starts meanwhile.
 */
export interface Hasher {
  /** The content hashes of files ('' for one that cannot be read). */
  hash(paths: readonly string[]): Promise<string[]>;
  /** What `stat` says of files (see fileStamp.ts; '' for one that cannot be stat'ed). */
  stamp(paths: readonly string[]): Promise<string[]>;
  close(): void;
}

/** A Hasher whose worker thread, if the setting allows one, starts at once. */
export function startHashing(workers: AnalyzeOptions['workers']): Hasher {
  const threads = new Threads(workers, 0);
  threads.warmHasher();
  const all = async (kind: 'hash' | 'stamp', paths: readonly string[]) => {
    const texts = new Array<string>(paths.length);
    await threads.perFile(kind, paths, (first, batch) => batch.forEach((text, j) => (texts[first + j] = text)), true);
    return texts;
  };
  return { hash: (paths) => all('hash', paths), stamp: (paths) => all('stamp', paths), close: () => threads.close() };
}

/**
 * Opens the cache and keeps the records of the files whose content hash has not changed; returns
 * the indexes of the others. Unless given, the files are hashed in the workers while this thread
 * reads the cache.
 */
async function openCache(file: string, maxFileSize: number, paths: readonly string[], given: readonly string[] | undefined, threads: Threads, keep: (i: number, record: AnalysisRecord) => void) {
  const missing: number[] = [];
  if (!existsSync(file)) return { cache: AnalysisCache.open(file, maxFileSize), missing: paths.map((_, i) => i) };
  let cache: AnalysisCache | undefined;
  const early: [number, string[]][] = [];
  const take = (first: number, hashes: readonly string[]) =>
    hashes.forEach((hash, j) => {
      const cached = cache!.lookup(paths[first + j]!, hash);
      if (cached) keep(first + j, cached);
      else missing.push(first + j);
    });
  const hashing = given ? Promise.resolve() : threads.perFile('hash', paths, (first, hashes) => (cache ? take(first, hashes) : early.push([first, hashes])));
  cache = AnalysisCache.open(file, maxFileSize);
  if (given) take(0, given);
  for (const [first, hashes] of early) take(first, hashes);
  await hashing;
  return { cache, missing };
}

/** Runs each job in worker threads when it is big enough to repay them, in this thread otherwise. */
class Threads {
  private hasher: WorkerPool | undefined;
  private analyzers: WorkerPool | undefined;

  constructor(
    private readonly setting: AnalyzeOptions['workers'],
    private readonly maxFileSize: number,
  ) {}

  /**
   * One thread hashes while this one reads the cache, which takes about as long: a second thread
   * would mostly cost its start-up. With `helpHere`, this thread has nothing else to do and hashes too.
   */
  perFile(kind: 'hash' | 'stamp', paths: readonly string[], onBatch: OnBatch<string>, helpHere = false): Promise<void> {
    const here = kind === 'hash' ? hashFile : fileStamp;
    if (this.worth(paths.length, HASH_IN_WORKERS_FROM)) return (this.hasher ??= new WorkerPool(1)).perFile(kind, paths, onBatch, helpHere ? (batch) => batch.map(here) : undefined);
    onBatch(0, paths.map(here));
    return Promise.resolve();
  }

  /** Starts the hashing thread before the files are known, when there may be a use for it. */
  warmHasher(): void {
    if (this.setting === true || (this.setting === 'auto' && availableParallelism() > 1)) (this.hasher ??= new WorkerPool(1)).warm();
  }

  /** Parsing takes every core there is: a worker on each core but one, and this thread. */
  analyze(paths: readonly string[], hash: boolean, onBatch: OnBatch<AnalysisRecord>): Promise<void> {
    const here = (batch: readonly string[]) => analyzePaths(batch, hash, this.maxFileSize);
    if (!this.worth(paths.length, ANALYZE_IN_WORKERS_FROM)) {
      onBatch(0, here(paths));
      return Promise.resolve();
    }
    this.analyzers ??= new WorkerPool(Math.max(1, availableParallelism() - 1));
    return this.analyzers.analyze(paths, { hash, maxFileSize: this.maxFileSize }, onBatch, here);
  }

  close(): void {
    this.hasher?.close();
    this.analyzers?.close();
  }

  private worth(files: number, threshold: number): boolean {
    return this.setting === 'auto' ? files >= threshold && availableParallelism() > 1 : this.setting === true && files > 0;
  }
}

async function analyzeWithDocuments(paths: readonly string[], maxFileSize: number): Promise<FileAnalysis[]> {
  const analyses: FileAnalysis[] = [];
  for (let start = 0; start < paths.length; start += READ_BATCH) {
    const batch = await Promise.all(paths.slice(start, start + READ_BATCH).map((path) => readSource(path, maxFileSize)));
    for (const file of batch) analyses.push(analyzeFile(file));
  }
  return analyses;
}
