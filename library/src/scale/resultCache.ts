import { createHash } from 'node:crypto';
import type { Problem } from '../model/problem.js';
import type { Settings } from '../load/settings.js';
import { readSignedResult, replaceSignedResult } from './cacheFile.js';
import { cacheKey } from './cacheKey.js';
import { foreignContent } from './cacheLocation.js';
import { signingKey } from './signingKey.js';

/** Bumped whenever what a result record holds changes, so that older ones are simply not used. */
const RESULT_FORMAT = 2;

/** Everything a lint's problems depend on: a result record is used only when all of it is as it was. */
export interface ResultInputs {
  settings: Settings;
  /** The date the date rules judged by. */
  today: string;
  /** Every file of the lint, sorted, with its content hash (or its stamp, for a stamps key). */
  files: readonly (readonly [path: string, hash: string])[];
  /** Files named that were not read, with the reason (a link leaving the project). */
  refused: ReadonlyMap<string, string>;
}

/**
 * What a result section holds, as JSON: the key of its inputs and every problem of the project.
 * JSON, not `v8.serialize`: the same problems are the same bytes whichever way they were computed
 * (v8 writes how numbers and strings happen to be stored), so an unchanged result is never rewritten.
 */
export interface RecordedResult {
  key: string;
  /**
   * The key of the same inputs with each file's stamp in place of its hash (see fileStamp.ts),
   * when every file had settled before the stamps were taken: while the stamps are as they were,
   * the files need not be read to know the result holds.
   */
  stampsKey?: string;
  problems: Problem[];
}

/**
 * The key of a lint's inputs: sha256 of the cxgov version and schema (`cacheKey`), the settings
 * with the text of cxgov.yaml, the date, and every file's path and content hash. Undefined when a
 * file could not be read (hash ''): what it reads as next time cannot be vouched for.
 */
export function resultKey(inputs: ResultInputs): string | undefined {
  if (inputs.files.some(([, hash]) => hash === '')) return undefined;
  const digest = createHash('sha256');
  // Maps and sets as their entries (JSON would write them as `{}`), cxgov.yaml as its text.
  const settings = JSON.stringify(inputs.settings, (name, value: unknown) =>
    name === 'configSource' ? (value as Settings['configSource'])?.text : value instanceof Map || value instanceof Set ? [...(value as Iterable<unknown>)] : value,
  );
  digest.update(JSON.stringify([RESULT_FORMAT, cacheKey(inputs.settings.maxFileSize), settings, inputs.today, [...inputs.refused]]));
  for (const [path, hash] of inputs.files) digest.update(`\n${path}\0${hash}`);
  return digest.digest('base64');
}

/** A result record, for the cache file's result section. */
export function encodeResult(result: RecordedResult): Uint8Array {
  return Buffer.from(JSON.stringify(result));
}

/**
 * The result the cache file records, when its result section is signed with this user's key,
 * reads back whole, and names only files of this lint; undefined otherwise. Nothing the record
 * says is read from disk.
 */
export function readResult(file: string, files: ReadonlySet<string>): RecordedResult | undefined {
  const signing = signingKey();
  const bytes = signing && readSignedResult(file, signing);
  if (!bytes || bytes.length === 0) return undefined;
  try {
    const contents = JSON.parse(bytes.toString('utf8')) as Partial<RecordedResult> | null;
    if (typeof contents?.key !== 'string' || !(contents.stampsKey === undefined || typeof contents.stampsKey === 'string') || !Array.isArray(contents.problems)) return undefined;
    if (!contents.problems.every((problem) => isProblem(problem, files))) return undefined;
    return { key: contents.key, stampsKey: contents.stampsKey, problems: contents.problems };
  } catch {
    // Signed by this user yet unreadable: not used.
    return undefined;
  }
}

/** Records `result` in place of the cache file's result, keeping its per-file records; quietly nothing when it cannot. */
export function rewriteResult(file: string, result: RecordedResult): void {
  const signing = signingKey();
  try {
    if (signing) replaceSignedResult(file, signing, encodeResult(result), () => foreignContent(file) === undefined);
  } catch {
    // Caching is an optimisation: a location that cannot be written only means no cache.
  }
}

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);

/** Whether a value has a problem's shape, in one of the lint's files, as the formatters read it. */
function isProblem(value: unknown, files: ReadonlySet<string>): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const problem = value as Partial<Record<keyof Problem, unknown>>;
  return (
    typeof problem.rule === 'string' &&
    SEVERITIES.has(problem.severity) &&
    typeof problem.file === 'string' &&
    files.has(problem.file) &&
    isRange(problem.range) &&
    typeof problem.message === 'string' &&
    (problem.entity === undefined || typeof problem.entity === 'string') &&
    (problem.related === undefined || (Array.isArray(problem.related) && problem.related.every((related) => isPlaced(related, files) && typeof (related as { message?: unknown }).message === 'string'))) &&
    (problem.fixes === undefined || (Array.isArray(problem.fixes) && problem.fixes.every(isFix)))
  );
}

function isFix(value: unknown): boolean {
  const fix = value as { title?: unknown; edits?: unknown } | null;
  return typeof fix === 'object' && fix !== null && typeof fix.title === 'string' && Array.isArray(fix.edits) && fix.edits.every(isEdit);
}

/** A fix may create a file (a missing owner's): its edits' files are not among the lint's. */
function isEdit(value: unknown): boolean {
  const edit = value as { file?: unknown; range?: unknown; newText?: unknown } | null;
  return typeof edit === 'object' && edit !== null && typeof edit.file === 'string' && typeof edit.newText === 'string' && isRange(edit.range);
}

function isPlaced(value: unknown, files: ReadonlySet<string>): boolean {
  const placed = value as { file?: unknown; range?: unknown } | null;
  return typeof placed === 'object' && placed !== null && typeof placed.file === 'string' && files.has(placed.file) && isRange(placed.range);
}

function isRange(value: unknown): boolean {
  const range = value as { start?: unknown; end?: unknown } | null;
  return typeof range === 'object' && range !== null && isPosition(range.start) && isPosition(range.end);
}

function isPosition(value: unknown): boolean {
  const position = value as { line?: unknown; character?: unknown } | null;
  return typeof position === 'object' && position !== null && Number.isSafeInteger(position.line) && Number.isSafeInteger(position.character) && (position.line as number) >= 0 && (position.character as number) >= 0;
}
