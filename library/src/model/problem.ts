/** Severity of a problem; `off` only exists in settings. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** A 0-based position, as in LSP (character counts UTF-16 code units). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

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

/** Whether two ranges are the same. */
export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
