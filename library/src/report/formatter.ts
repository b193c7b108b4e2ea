import type { Problem } from '../model/problem.js';
import type { RuleMeta } from '../check/rule.js';

/** Everything a formatter needs to print one lint run. */
export interface LintReport {
  /** Absolute path that problem files are shown relative to: the project root, or where the CLI runs (as ESLint does). */
  root: string;
  problems: readonly Problem[];
  /** Absolute paths of every file that was checked, with or without problems. */
  files: readonly string[];
  rules: readonly RuleMeta[];
  /** After `--fix-dry-run`: the whole fixed text of each file a fix changed, by absolute path. */
  fixedTexts?: ReadonlyMap<string, string>;
}

export interface FormatOptions {
  color: boolean;
}

/** Turns a report into the text printed on standard output. */
export type Formatter = (report: LintReport, options: FormatOptions) => string;
