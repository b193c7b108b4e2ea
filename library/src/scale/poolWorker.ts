// Entry point of the worker threads of a WorkerPool: stamps files, hashes their bytes, or analyses
// them (reads, parses, checks the schema) into plain records; no YAML document ever crosses threads.
import { parentPort } from 'node:worker_threads';
import { hashFile } from './contentHash.js';
import { fileStamp } from './fileStamp.js';
import type { BatchRequest, BatchResult } from './workerPool.js';

// `yaml` reads process.env on every token it parses (LOG_TOKENS, LOG_STREAM), and reading the real
// environment costs about a microsecond each time. A worker's environment is already its own copy;
// a plain object makes those reads ordinary property lookups, a large part of the parse time.
process.env = { ...process.env };

// The analysis modules (yaml, ajv and the schema) take a while to load: a pool that only hashes
// files for the cache never loads them.
let analysis: Promise<[typeof import('./analyzePath.js'), typeof import('./recordLayout.js')]> | undefined;

parentPort!.on('message', async ({ id, task, paths }: BatchRequest) => {
  let result: BatchResult;
  try {
    if (task.kind !== 'analyze') {
      result = { id, texts: paths.map(task.kind === 'hash' ? hashFile : fileStamp) };
    } else {
      const [{ analyzePaths }, { toLayout }] = await (analysis ??= Promise.all([import('./analyzePath.js'), import('./recordLayout.js')]));
      result = { id, layout: toLayout(analyzePaths(paths, task.hash, task.maxFileSize)) };
    }
  } catch (error) {
    result = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(result);
});
