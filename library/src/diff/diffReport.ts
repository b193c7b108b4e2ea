import type { EntityKind, Section } from '../model/sections.js';
import type { Severity } from '../model/problem.js';

/** How much a change can hurt customers, most first (see README, "Reviewing changes"). */
export type Risk = 'critical' | 'notable' | 'wording';
export const RISKS: readonly Risk[] = ['critical', 'notable', 'wording'];

/** What happened to a field: set, dropped, or a value before and after; list fields say which items came and went. */
export interface FieldChange {
  /** Dotted path of the field in the entity, e.g. `target.value`. */
  field: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
  /** For lists of ids or words: the items added and removed (order changes are not changes). */
  itemsAdded?: unknown[];
  itemsRemoved?: unknown[];
}

/** One entity that the change added, removed, renamed or edited. */
export interface EntityChange {
  change: 'added' | 'removed' | 'renamed' | 'changed';
  risk: Risk;
  /** Why the change has its risk, in plain words (empty for wording). */
  reasons: string[];
  section: Section;
  kind: EntityKind;
  id: string;
  /** The id at BASE, for a rename. */
  previousId?: string;
  name?: string;
  /** The project's folder relative to the repository (`.` for its top). */
  project: string;
  /** Where the entity is written: in HEAD, or in BASE for a removal. Path relative to the repository, `/`-separated; 1-based line and column. */
  file: string;
  line: number;
  column: number;
  fields: FieldChange[];
  /** Where HEAD's handbook shows the entity (page path and heading anchor); only when asked for with `handbookLinks`. */
  handbook?: { path: string; anchor: string };
}

/** A lint problem at one side of the change, placed where it is at that side. */
export interface DiffProblem {
  rule: string;
  severity: Severity;
  /** `section/id` of the entity the problem is about, when it is about one. */
  entity?: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** One side of a diff as the user named it, with the commit it resolved to (none for the working tree). */
export interface DiffSide {
  revision: string;
  commit?: string;
}

/** What a change does to the governance: `cxgov diff --format json` prints this object. */
export interface DiffReport {
  base: DiffSide;
  head: DiffSide;
  /** The projects compared, by their folder relative to the repository (`.` for its top). */
  projects: string[];
  /** Most customer-relevant first: by risk, then by file and position. */
  changes: EntityChange[];
  problems: {
    /** Found at HEAD, not at BASE: placed in HEAD. */
    introduced: DiffProblem[];
    /** Found at BASE, not at HEAD: placed in BASE. */
    fixed: DiffProblem[];
    /** Found at both sides: only counted. */
    unchanged: number;
  };
}
