import type { SourceFile } from '../source/sourceFile.js';
import type { Entity, Reference } from './entity.js';
import type { Finding } from './finding.js';
import type { Damage } from './damage.js';

/** 0-based line → the rules silenced on it (an empty set silences every rule). */
export type Suppressions = ReadonlyMap<number, ReadonlySet<string>>;

/** Everything that can be learnt from one file alone; cached per file by the server. */
export interface FileAnalysis {
  file: SourceFile;
  /** Plain data of each YAML document (undefined where it could not be built). */
  data: readonly unknown[];
  syntax: readonly Finding[];
  schema: readonly Finding[];
  entities: readonly Entity[];
  references: readonly Reference[];
  suppressions: Suppressions;
  /** What syntax errors broke in the file; absent when it parsed. */
  damage?: Damage;
}
