import type { Fix, Problem, RelatedLocation, Severity, TextEdit } from '../model/problem.js';
import type { Entity } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { SourceFile } from '../source/sourceFile.js';
import type { Range } from '../model/problem.js';
import type { Location } from '../source/locate.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { RuleScope } from './scope/ruleScope.js';
import type { RuleException } from '../load/settings.js';

/** Where each rule's documentation page lives; every problem links to it. */
export const RULE_DOCS_BASE = 'https://github.com/cxgov/cxgov/blob/main/docs/rules/';

/** What users read about a rule: `cxgov explain`, SARIF rule metadata, the docs pages. */
export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule catches. */
  description: string;
  /** Why it matters for customers. */
  rationale: string;
  /** How to make the problem go away. */
  howToFix: string;
}

// What a rule yields is part of the model (an analysis holds findings too).
export type { Finding } from '../model/finding.js';
import type { Finding } from '../model/finding.js';

/**
 * A `today` before every date: nothing is overdue and no exception has expired. What the handbook is
 * judged by, so that its pages change with the sources and settings, never with the calendar.
 */
export const UNDATED = '';

/** What a rule can see: the whole project, indexed, and the date to judge reviews by. */
export interface RuleContext {
  index: ProjectIndex;
  /** ISO date (YYYY-MM-DD), or `UNDATED`. */
  today: string;
  /** Absolute path of the project root, so that messages can name other files relative to it. */
  root: string;
  /**
   * For the rules of scope `suppressions` only, which run after every other rule: what the disable
   * comments of `index.files` and the given exceptions silenced.
   */
  suppressions?: SuppressionUse;
}

/** A problem found by a rule, and what silenced it, if anything did. */
export interface CheckedProblem extends Problem {
  silencedBy?: {
    /** A disable comment on the line above. */
    comment: boolean;
    /** The indexes of the exceptions in `cxgov.yaml` that cover it. */
    exceptions: readonly number[];
  };
}

/** What the suppressions silenced, for the rules that judge them. */
export interface SuppressionUse {
  /** The problems that a disable comment or an exception silenced. */
  silenced: readonly CheckedProblem[];
  /** The exceptions to judge (all of `cxgov.yaml`'s, or none when only sources are judged). */
  exceptions: readonly RuleException[];
  /** `cxgov.yaml` as parsed, to place problems about exceptions. */
  configSource?: SourceFile;
  /** The id of every rule, for did-you-mean. */
  ruleIds: readonly string[];
  /** Whether a rule ran: a suppression of a rule turned off is not judged (it may be needed again). */
  ran(rule: string): boolean;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): Iterable<Finding>;
  /** What an edit can change for this rule: where the incremental engine re-runs it. */
  scope: RuleScope;
  /**
   * Fixes that depend on the rest of the project (which owner to add), built when an editor asks
   * rather than at check time, so that a problem stays a function of what the rule's scope reads.
   * Fixes known at check time go on the finding (`Finding.fixes`).
   */
  fixes?(problem: Problem, context: FixContext): Fix[];
}

/** What a rule's `fixes` can use: the project, the problem's file, and edit builders. */
export interface FixContext {
  index: ProjectIndex;
  analysis: FileAnalysis;
  edits: FixEdits;
}

/**
 * Builders of text edits, handed in by the engine (they live with the editor helpers, a stage above
 * the rules). Each returns undefined when the edit cannot be made safely.
 */
export interface FixEdits {
  setField(entity: Entity, field: string, valueText: string): TextEdit | undefined;
  appendItem(file: SourceFile, doc: number, section: string, itemLines: readonly string[]): TextEdit | undefined;
  appendSection(file: SourceFile, section: string, itemLines: readonly string[]): TextEdit | undefined;
  /** The documents of a file that hold a section, such as `owners`. */
  sectionDocs(file: SourceFile, section: string): number[];
  /** Whether text is a valid id (the schema's pattern and length). */
  isId(text: string): boolean;
}

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
