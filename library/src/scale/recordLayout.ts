import type { AnalysisRecord, FindingRecord } from './analysisRecord.js';
import type { Suppressions } from '../model/fileAnalysis.js';
import type { SyntaxFinding } from '../source/sourceFile.js';
import type { Damage } from '../model/damage.js';

/**
 * Many records laid out so that copying them (from a worker thread, into and out of the cache
 * file) makes few objects, since that copying is most of what the main thread does for them:
 * the numbers of every file (line starts, outline slots) in one Int32Array, all texts in one
 * string, all data in one JSON text, each key table once, findings only for the files that have
 * any. Structured clone and `v8.serialize` are fast on a few big values, slow on many small ones.
 */
export interface RecordLayout {
  paths: string[];
  hashes: string[];
  /** Every file's text, one after another: one long string reads back far faster than many short ones. */
  texts: string;
  /**
   * Each file's data as one JSON array: `JSON.parse` builds objects about twice as fast as
   * `v8.deserialize`. A file whose data JSON cannot carry exactly (NaN, -0, shared objects…) has
   * null here and its data in `otherData`.
   */
  jsonData: string;
  otherData: Map<number, readonly unknown[]>;
  keyTables: (readonly string[])[];
  /** Per file: its text's length, its count of line starts and of documents, then per document its count of slots and its key table. */
  shape: Int32Array;
  /** Per file: its line starts, then the slots of each document's outline. */
  numbers: Int32Array;
  /** What only some files have, by file number. */
  extras: Map<number, Extras>;
}

interface Extras {
  sourceSyntax?: SyntaxFinding[];
  syntax?: FindingRecord[];
  schema?: FindingRecord[];
  suppressions?: Suppressions;
  damage?: Damage;
}

export function toLayout(records: readonly AnalysisRecord[]): RecordLayout {
  const tables = new Map<readonly string[], number>();
  const shape: number[] = [];
  let numberCount = 0;
  for (const { source } of records) {
    shape.push(source.text.length, source.lineStarts.length, source.outlines.length);
    numberCount += source.lineStarts.length;
    for (const { keys, slots } of source.outlines) {
      if (!tables.has(keys)) tables.set(keys, tables.size);
      shape.push(slots.length, tables.get(keys)!);
      numberCount += slots.length;
    }
  }
  const numbers = new Int32Array(numberCount);
  const extras = new Map<number, Extras>();
  let at = 0;
  records.forEach(({ source, syntax, schema, suppressions, damage }, file) => {
    numbers.set(source.lineStarts, at);
    at += source.lineStarts.length;
    for (const { slots } of source.outlines) {
      numbers.set(slots, at);
      at += slots.length;
    }
    const extra: Extras = {
      ...(source.syntax.length > 0 && { sourceSyntax: source.syntax }),
      ...(syntax.length > 0 && { syntax }),
      ...(schema.length > 0 && { schema }),
      ...(suppressions.size > 0 && { suppressions }),
      ...(damage && { damage }),
    };
    if (Object.keys(extra).length > 0) extras.set(file, extra);
  });
  return {
    paths: records.map((record) => record.source.path),
    hashes: records.map((record) => record.hash),
    texts: records.map((record) => record.source.text).join(''),
    ...splitData(records),
    keyTables: [...tables.keys()],
    shape: Int32Array.from(shape),
    numbers,
    extras,
  };
}

/** The data of the records in JSON where JSON carries it exactly, in `v8.serialize` otherwise. */
function splitData(records: readonly AnalysisRecord[]): Pick<RecordLayout, 'jsonData' | 'otherData'> {
  const otherData = new Map<number, readonly unknown[]>();
  const json = records.map(({ data }, file) => {
    if (isJsonExact(data, new Set())) return data;
    otherData.set(file, data);
    return null;
  });
  return { jsonData: JSON.stringify(json), otherData };
}

/** Whether JSON gives back this very value: no undefined, NaN, infinities or -0, no object twice. */
function isJsonExact(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isJsonExact(value[i], seen)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((item) => isJsonExact(item, seen));
}

// Most files have no findings: their records share these (read-only) empty values.
const NO_EXTRAS: Extras = {};
const NONE: FindingRecord[] = [];
const NO_SUPPRESSIONS: Suppressions = new Map();

export function fromLayout(layout: RecordLayout): AnalysisRecord[] {
  const { shape, numbers } = layout;
  const jsonData = JSON.parse(layout.jsonData) as (readonly unknown[] | null)[];
  const records: AnalysisRecord[] = [];
  let s = 0;
  let at = 0;
  let textAt = 0;
  for (let file = 0; file < layout.paths.length; file++) {
    const text = layout.texts.slice(textAt, (textAt += shape[s++]!));
    const lineCount = shape[s++]!;
    const documents = shape[s++]!;
    const lineStarts = numbers.subarray(at, (at += lineCount));
    const outlines = [];
    for (let doc = 0; doc < documents; doc++) {
      const slotCount = shape[s++]!;
      outlines.push({ keys: layout.keyTables[shape[s++]!]!, slots: numbers.subarray(at, (at += slotCount)) });
    }
    const extra = layout.extras.get(file) ?? NO_EXTRAS;
    records.push({
      hash: layout.hashes[file]!,
      source: { path: layout.paths[file]!, text, lineStarts, syntax: extra.sourceSyntax ?? [], outlines },
      data: jsonData[file] ?? layout.otherData.get(file)!,
      syntax: extra.syntax ?? NONE,
      schema: extra.schema ?? NONE,
      suppressions: extra.suppressions ?? NO_SUPPRESSIONS,
      ...(extra.damage && { damage: extra.damage }),
    });
  }
  return records;
}
