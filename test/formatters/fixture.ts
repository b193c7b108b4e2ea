import type { LintReport, Problem, Range, RuleMeta } from 'cxgov';

/** A project root that exists nowhere: outputs must only show paths relative to it. */
export const ROOT = '/home/ci/wow-retail';

const KPIS = `${ROOT}/governance/kpis.yaml`;
const OWNERS = `${ROOT}/governance/owners.yaml`;
const PROMISE = `${ROOT}/governance/promise.yaml`;

/** A 0-based range on one line, from `start` to `end` characters. */
export function span(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const RULES: RuleMeta[] = [
  {
    id: 'unknown-reference',
    defaultSeverity: 'error',
    description: 'An id that names nothing: an owner, pillar, value or KPI that is not defined anywhere in the project.',
    rationale: 'A broken link is a broken line of sight: a KPI whose owner does not exist has nobody accountable for the customer.',
    howToFix: 'Use the id of an existing entity, or define the missing one.',
  },
  {
    id: 'schema',
    defaultSeverity: 'error',
    description: 'A field with the wrong type or shape, or a required field that is missing.',
    rationale: 'A target nobody can read as a number cannot be tracked, so the promise it measures is never checked.',
    howToFix: 'Write the field as the schema says; hover the key in the editor to see its documentation.',
  },
  {
    id: 'duplicate-id',
    defaultSeverity: 'error',
    description: 'The same id twice in a section, in one file or across files.',
    rationale: 'An id must name one thing: with two KPIs called the same, owners and targets become ambiguous.',
    howToFix: 'Rename one of the two entities, or merge them into one.',
  },
  {
    id: 'review-due',
    defaultSeverity: 'info',
    description: 'A standard whose last review is more than a year old.',
    rationale: 'Customers change; a standard nobody has looked at for a year may promise the wrong thing.',
    howToFix: 'Review the standard with its owner and update `reviewed`.',
  },
];

const PROBLEMS: Problem[] = [
  {
    rule: 'unknown-reference',
    severity: 'error',
    file: KPIS,
    range: span(3, 11, 17),
    message: 'The owner id "cx-ops" names no owner. Did you mean "cx-operations"?',
    entity: 'kpis/nps',
    fixes: [{ title: 'Change to "cx-operations"', edits: [{ file: KPIS, range: span(3, 11, 17), newText: 'cx-operations' }] }],
  },
  {
    rule: 'schema',
    severity: 'error',
    file: KPIS,
    range: span(5, 12, 29),
    message: 'Field "target": "<95% & rising" is not a number, a percentage or a range.\nWrite a value such as 95%.',
    entity: 'kpis/nps',
  },
  {
    rule: 'duplicate-id',
    severity: 'warning',
    file: KPIS,
    range: span(12, 8, 11),
    message: 'The KPI id "nps" is already used (line 3). Give this KPI its own id.',
    entity: 'kpis/nps',
    related: [{ file: KPIS, range: span(2, 8, 11), message: 'First defined here.' }],
  },
  {
    rule: 'review-due',
    severity: 'info',
    file: PROMISE,
    range: span(16, 4, 27),
    message: 'The standard « Réponse rapide — 24 h » was last reviewed on 2024-01-10; review it with Zoë.',
    entity: 'standards/reponse-rapide',
  },
];

/** One realistic report shared by every formatter's golden test: three files (one clean), every severity. */
export const REPORT: LintReport = { root: ROOT, problems: PROBLEMS, files: [KPIS, OWNERS, PROMISE], rules: RULES };

/** The same project, clean. */
export const CLEAN_REPORT: LintReport = { ...REPORT, problems: [] };
