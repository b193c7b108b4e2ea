import { statSync } from 'node:fs';
import { cannotRead, decodeSource, decodeText } from '../load/readSource.js';
import { unreadableSource } from '../source/sourceFile.js';
import { readingLimit, sourceSize, tooBigMessage } from '../source/sourceSize.js';
import { readTransient } from '../load/readTransient.js';
import { LeanSource } from './leanSource.js';
import { readPlainYaml } from './plainYaml.js';
import { KeyTable } from './outline.js';
import { contentHash } from './contentHash.js';
import { analyzeData, analyzeFile } from '../check/analyzeFile.js';
import { toRecord, type AnalysisRecord } from './analysisRecord.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';

/** Bigger files always go through the full parser: the fast reader is for everyday governance files. */
const MAX_PLAIN_BYTES = 1 << 20;

/**
 * Reads and analyses one source file into a record: the unit of work of a worker thread. Plain
 * YAML (nearly every governance file) is read by the fast reader, anything else by the `yaml`
 * library; both give the same record. The content hash is only computed for the cache. Files
 * analysed together share `keys`, the table of their outlines' keys. A file over `maxFileSize`
 * bytes is one problem, and has no hash: only what was read whole can be cached.
 */
export function analyzePath(path: string, hash: boolean, maxFileSize: number, keys = new KeyTable()): AnalysisRecord {
  let bytes: Buffer;
  let tooBig: string | undefined;
  try {
    bytes = readTransient(path, readingLimit(maxFileSize));
    // Reading stopped at the limit: the message tells the file's whole size.
    tooBig = tooBigMessage(bytes.length < readingLimit(maxFileSize) ? sourceSize(bytes) : statSync(path).size, maxFileSize);
  } catch (error) {
    return toRecord(analyzeFile(cannotRead(path, error)), '', keys);
  }
  if (tooBig) return toRecord(analyzeFile(unreadableSource(path, tooBig)), '', keys);
  return toRecord(analyzeBytes(path, bytes, maxFileSize, keys), hash ? contentHash(bytes) : '', keys);
}

/**
 * Analyses the bytes of a source read whole (not over `maxFileSize`), leanly: plain YAML by the
 * fast reader, anything else by the `yaml` library.
 */
export function analyzeBytes(path: string, bytes: Uint8Array, maxFileSize: number, keys = new KeyTable()): FileAnalysis {
  const text = bytes.length <= MAX_PLAIN_BYTES ? decodeText(bytes) : undefined;
  const plain = typeof text === 'string' ? readPlainYaml(text, keys) : undefined;
  if (typeof text === 'string' && plain) {
    const file = new LeanSource({ path, text, lineStarts: plain.lineStarts, syntax: [], outlines: [plain.outline] });
    return analyzeData(file, [plain.data], []);
  }
  return analyzeFile(decodeSource(path, bytes, maxFileSize));
}

/** Analyses files together, one key table for all their outlines: a worker's batch. */
export function analyzePaths(paths: readonly string[], hash: boolean, maxFileSize: number): AnalysisRecord[] {
  const keys = new KeyTable();
  return paths.map((path) => analyzePath(path, hash, maxFileSize, keys));
}
