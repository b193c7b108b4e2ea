import type { Fix, RelatedLocation, Severity } from './problem.js';
import type { Entity } from './entity.js';
import type { Location } from '../source/locate.js';
import type { Range } from '../source/range.js';
import type { SourceFile } from '../source/sourceFile.js';

/** A problem as a rule reports it: a message and a path; the engine turns the path into a range. */
export interface Finding {
  /** A path into a document, or a range already known (parse errors). */
  at: Location | { file: SourceFile; range: Range };
  message: string;
  /** The entity the finding is about, for exceptions in `cxgov.yaml`. */
  entity?: Entity;
  fixes?: Fix[];
  related?: RelatedLocation[];
  /** A lower severity than the rule's for this one finding (an unknown id that a broken file may define). */
  severity?: Severity;
}
