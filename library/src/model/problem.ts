import type { Range } from '../source/range.js';

// Positions and ranges are the source layer's; a problem is placed with them.
export type { Position, Range } from '../source/range.js';

/** Severity of a problem; `off` only exists in settings. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A text edit that fixes a problem: replace `range` in `file` with `newText`. */
export interface TextEdit {
  file: string;
  range: Range;
  newText: string;
}

/** A suggested fix, e.g. a did-you-mean replacement. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** What to show once the edits are made: the id of the entry the fix created. */
  reveal?: { file: string; range: Range };
}

/** Another place that explains a problem ("first defined here"). */
export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

/** One problem found in a source: the engine's only output for bad input. */
export interface Problem {
  rule: string;
  severity: Severity;
  /** Absolute path of the file. */
  file: string;
  range: Range;
  message: string;
  /** The entity the problem is about, as `section/id`, when there is one. */
  entity?: string;
  fixes?: Fix[];
  related?: RelatedLocation[];
}
