import { extractEntities } from '../model/extractEntities.js';
import type { Range } from '../model/problem.js';
import { LeanSource, type LeanSourceData } from './leanSource.js';
import { KeyTable, outlineDocument } from './outline.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { Location } from '../source/locate.js';
import type { Finding } from '../check/rule.js';
import type { Suppressions } from '../model/fileAnalysis.js';
import type { Damage } from '../model/damage.js';

/** A finding as plain data: the file is the record's, the entity an index into its entities. */
export type FindingRecord = Omit<Finding, 'at' | 'entity'> & { at: Omit<Location, 'file'> | { range: Range }; entity?: number };

/**
 * One file's analysis as plain data, with positions but no YAML documents: what a worker thread
 * sends back and what the cache keeps. Entities and references are not in it: extracting them
 * again from the data costs less than copying them between threads.
 */
export interface AnalysisRecord {
  /** The content hash of the file's bytes (see contentHash.ts); '' when not computed (no cache) or unreadable: such a record is never cached. */
  hash: string;
  source: LeanSourceData;
  data: readonly unknown[];
  syntax: FindingRecord[];
  schema: FindingRecord[];
  suppressions: Suppressions;
  /** What syntax errors broke, for a file that did not parse cleanly. */
  damage?: Damage;
}

/** The record of an analysis, made on a parsed source or on a lean one; `keys` numbers outline keys. */
export function toRecord(analysis: FileAnalysis, hash: string, keys = new KeyTable()): AnalysisRecord {
  const { file } = analysis;
  const finding = ({ at, entity, ...rest }: Finding): FindingRecord => {
    const { file: _, ...place } = at;
    return { ...rest, at: place, ...(entity && { entity: analysis.entities.indexOf(entity) }) };
  };
  return {
    hash,
    source:
      file instanceof LeanSource
        ? file.sourceData
        : {
            path: file.path,
            text: file.text,
            lineStarts: Int32Array.from(file.lineCounter.lineStarts),
            syntax: file.syntax,
            outlines: file.documents.map((document) => outlineDocument(document, file.text, keys)),
          },
    data: analysis.data,
    syntax: analysis.syntax.map(finding),
    schema: analysis.schema.map(finding),
    suppressions: analysis.suppressions,
    ...(analysis.damage && { damage: analysis.damage }),
  };
}

/** Shared by the many analyses without findings (and never changed: the lists are read-only). */
const NONE: readonly Finding[] = [];

/** The analysis a record stands for, on a lean source: what the rules see, positions included. */
export function fromRecord(record: AnalysisRecord): FileAnalysis {
  const file = new LeanSource(record.source);
  const { entities, references } = extractEntities(file, record.data, record.damage?.entries);
  const finding = ({ at, entity, ...rest }: FindingRecord): Finding => ({
    ...rest,
    at: { ...at, file },
    ...(entity !== undefined && { entity: entities[entity] }),
  });
  return {
    file,
    data: record.data,
    syntax: record.syntax.length === 0 ? NONE : record.syntax.map(finding),
    schema: record.schema.length === 0 ? NONE : record.schema.map(finding),
    entities,
    references,
    suppressions: record.suppressions,
    ...(record.damage && { damage: record.damage }),
  };
}
