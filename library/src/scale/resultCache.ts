import { createHash } from 'node:crypto';
import type { Problem } from '../model/problem.js';
import type { Settings } from '../load/settings.js';
import { readSignedResult } from './cacheFile.js';
import { cacheKey } from './cacheKey.js';
import { signingKey } from './signingKey.js';

/** Bumped whenever what a result record holds changes, so that older ones are simply not used. */
const RESULT_FORMAT = 1;

/** Everything a lint's problems depend on: a result record is used only when all of it is as it was. */
export interface ResultInputs {
  settings: Settings;
  /** The date the date rules judged by. */
  today: string;
  /** Every file of the lint, sorted, with its content hash. */
  files: readonly (readonly [path: string, hash: string])[];
  /** Files named that were not read, with the reason (a link leaving the project). */
  refused: ReadonlyMap<string, string>;
}

/**
 * What a result section holds, as JSON: the key of its inputs and every problem of the project.
 * JSON, not `v8.serialize`: the same problems are the same bytes whichever way they were computed
 * (v8 writes how numbers and strings happen to be stored), so an unchanged result is never rewritten.
 */
interface ResultContents {
  key: string;
  problems: readonly Problem[];
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

/** A result record of these problems under `key`, for the cache file's result section. */
export function encodeResult(key: string, problems: readonly Problem[]): Uint8Array {
  return Buffer.from(JSON.stringify({ key, problems } satisfies ResultContents));
}

/**
 * The problems the cache file holds for exactly this key, when its result section is signed with
 * this user's key, reads back whole, and names only files of this lint; undefined otherwise.
 * Nothing the record says is read from disk.
 */
export function readResult(file: string, key: string, files: ReadonlySet<string>): Problem[] | undefined {
  const signing = signingKey();
  const bytes = signing && readSignedResult(file, signing);
  if (!bytes || bytes.length === 0) return undefined;
  try {
    const contents = JSON.parse(bytes.toString('utf8')) as Partial<ResultContents> | null;
    if (contents?.key !== key || !Array.isArray(contents.problems)) return undefined;
    return contents.problems.every((problem) => isProblem(problem, files)) ? [...contents.problems] : undefined;
  } catch {
    // Signed by this user yet unreadable: not used.
    return undefined;
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
