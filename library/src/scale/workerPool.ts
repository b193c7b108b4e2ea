import { Worker } from 'node:worker_threads';
import type { AnalysisRecord } from './analysisRecord.js';
import { fromLayout, type RecordLayout } from './recordLayout.js';

/** What the workers do with a batch of paths: analyse the files, hash their bytes, or stamp them (see fileStamp.ts). */
export type Task = ({ kind: 'analyze' } & AnalyzeTask) | { kind: 'hash' | 'stamp' };

/** How the sources of an analysis are read: with a content hash for the cache, and the size limit. */
export interface AnalyzeTask {
  hash: boolean;
  maxFileSize: number;
}

export interface BatchRequest {
  id: number;
  task: Task;
  paths: string[];
}

/** Hashes and stamps as they are; records laid out, to copy fast between threads. */
export type BatchResult = { id: number; texts: string[] } | { id: number; layout: RecordLayout } | { id: number; error: string };

/** Called with each batch's results as it comes back (in any order): `first` is the index of its first path. */
export type OnBatch<T> = (first: number, results: T[]) => void;

/** Does a batch's work in this thread, when this thread helps the workers. */
export type Local<T> = (paths: string[]) => T[];

/** Batches per thread at least, so that the threads finish at about the same time. */
const BATCHES_PER_THREAD = 8;
/** Paths per batch: big enough that messages are cheap, small enough to share the work evenly. */
const MAX_BATCH = 256;
/** Batches queued in each worker, so that a worker never waits for this thread to send more. */
const QUEUED = 2;

interface Job {
  task: Task;
  paths: readonly string[];
  size: number;
  batches: number;
  sent: number;
  received: number;
  onBatch: OnBatch<unknown>;
  local: Local<unknown> | undefined;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * A few worker threads for work on many files, one job at a time: analysing sources into records,
 * or hashing or stamping them for the cache. Batches go out as workers ask for more, and each batch's
 * results are handed over as soon as they come back. With a `local` function this thread takes
 * batches too, between handling the workers' results: on two cores, one worker and this thread
 * keep both busy without a second worker's start-up and copying. Threads start on first use;
 * `close` ends them.
 */
export class WorkerPool {
  private workers: Worker[] = [];
  private job: Job | undefined;
  private failure: Error | undefined;

  constructor(readonly size: number) {}

  analyze(paths: readonly string[], task: AnalyzeTask, onBatch: OnBatch<AnalysisRecord>, local?: Local<AnalysisRecord>): Promise<void> {
    return this.run({ kind: 'analyze', ...task }, paths, onBatch as OnBatch<unknown>, local);
  }

  /** One text per file: its content hash, or its stamp (see fileStamp.ts); '' for a file that cannot be read. */
  perFile(kind: 'hash' | 'stamp', paths: readonly string[], onBatch: OnBatch<string>, local?: Local<string>): Promise<void> {
    return this.run({ kind }, paths, onBatch as OnBatch<unknown>, local);
  }

  /** Starts the threads now, so that they are ready when the first job comes. */
  warm(): void {
    if (this.workers.length === 0 && !this.failure) this.start();
  }

  close(): void {
    for (const worker of this.workers) void worker.terminate();
    this.workers = [];
  }

  private run(task: Task, paths: readonly string[], onBatch: OnBatch<unknown>, local: Local<unknown> | undefined): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.job) return Promise.reject(new Error('a worker pool runs one job at a time'));
    if (paths.length === 0) return Promise.resolve();
    const threads = this.size + (local ? 1 : 0);
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(paths.length / (threads * BATCHES_PER_THREAD))));
    return new Promise<void>((resolve, reject) => {
      const batches = Math.ceil(paths.length / size);
      this.job = { task, paths, size, batches, sent: 0, received: 0, onBatch, local, resolve, reject };
      if (this.workers.length === 0) this.start();
      for (const worker of this.workers) for (let q = 0; q < QUEUED; q++) this.sendNext(worker);
      if (local) setImmediate(() => this.runLocal());
    });
  }

  private start(): void {
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(new URL('./poolWorker.js', import.meta.url));
      worker.on('message', (result: BatchResult) => this.onResult(worker, result));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => this.fail(new Error(`a worker thread stopped early (exit code ${code})`)));
      this.workers.push(worker);
    }
  }

  /** The next batch not yet given out: its number and paths. */
  private take(job: Job): [number, string[]] | undefined {
    if (job.sent === job.batches) return undefined;
    const id = job.sent++;
    return [id, job.paths.slice(id * job.size, (id + 1) * job.size)];
  }

  private sendNext(worker: Worker): void {
    const job = this.job;
    const batch = job && this.take(job);
    if (!job || !batch) return;
    const request: BatchRequest = { id: batch[0], task: job.task, paths: batch[1] };
    worker.postMessage(request);
  }

  /** One batch in this thread, then back to the event loop, where the workers' results wait. */
  private runLocal(): void {
    const job = this.job;
    const batch = job?.local && this.take(job);
    if (!job || !batch) return;
    let results: unknown[];
    try {
      results = job.local!(batch[1]);
    } catch (error) {
      return this.fail(error instanceof Error ? error : new Error(String(error)));
    }
    this.deliver(job, batch[0], results);
    setImmediate(() => this.runLocal());
  }

  private onResult(worker: Worker, result: BatchResult): void {
    const job = this.job;
    if (!job) return;
    if ('error' in result) return this.fail(new Error(`a worker thread failed: ${result.error}`));
    // The next batch goes out first, so that the worker is busy while this thread handles the results.
    this.sendNext(worker);
    let results: unknown[];
    try {
      results = 'texts' in result ? result.texts : fromLayout(result.layout);
    } catch (error) {
      return this.fail(error instanceof Error ? error : new Error(String(error)));
    }
    this.deliver(job, result.id, results);
  }

  private deliver(job: Job, id: number, results: unknown[]): void {
    try {
      job.onBatch(id * job.size, results);
    } catch (error) {
      return this.fail(error instanceof Error ? error : new Error(String(error)));
    }
    job.received += 1;
    if (job.received < job.batches) return;
    this.job = undefined;
    job.resolve();
  }

  private fail(error: Error): void {
    // Workers that were told to stop exit too: that is no failure.
    if (this.workers.length === 0 && !this.job) return;
    this.failure = error;
    this.close();
    const job = this.job;
    this.job = undefined;
    job?.reject(error);
  }
}
