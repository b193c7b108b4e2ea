import type { Fix, RelatedLocation, Severity } from '../model/problem.js';
import type { Entity } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { SourceFile } from '../load/sourceFile.js';
import type { Range } from '../model/problem.js';
import type { Location } from './locate.js';

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

/** What a rule can see: the whole project, indexed, and the date to judge reviews by. */
export interface RuleContext {
  index: ProjectIndex;
  /** ISO date (YYYY-MM-DD). */
  today: string;
  /** Absolute path of the project root, so that messages can name other files relative to it. */
  root: string;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): Iterable<Finding>;
}

/** The documentation page of a rule. */
export function ruleDocsUrl(ruleId: string): string {
  return `${RULE_DOCS_BASE}${ruleId}.md`;
}
