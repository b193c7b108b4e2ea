import type { Problem, Severity, SeveritySetting } from '../model/problem.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { Entity } from '../model/entity.js';
import { entityName } from '../model/entity.js';
import type { Settings } from '../load/settings.js';
import { locate } from '../source/locate.js';
import { isSuppressed } from './suppressions.js';
import { coveringExceptions } from './exceptions.js';
import { findRule, RULES } from './rules/index.js';
import type { CheckedProblem, Finding, Rule, RuleContext, SuppressionUse } from './rule.js';
import { elideLongQuotes } from '../util/text.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';

/**
 * Runs the enabled rules (every rule, unless given) over the indexed project, then those that judge
 * the suppressions; returns the problems shown, sorted by file and position.
 */
export function runRules(index: ProjectIndex, settings: Settings, today: string, rules: readonly Rule[] = RULES): Problem[] {
  const checked = checkRules(index, settings, today, rules);
  const shown: Problem[] = checked.filter((problem) => !problem.silencedBy);
  shown.push(...judgeSuppressions(index, settings, today, checked, true, rules));
  return shown.sort(compareProblems);
}

/**
 * Runs the enabled rules but those that judge suppressions. Silenced problems are kept, marked with
 * what silenced them, so that the suppressions can be judged (the live engine keeps them per rule).
 */
export function checkRules(index: ProjectIndex, settings: Settings, today: string, rules: readonly Rule[] = RULES): CheckedProblem[] {
  const emit = emitter(index, settings, today);
  const problems: CheckedProblem[] = [];
  for (const rule of rules) {
    if (rule.scope.kind === 'suppressions') continue;
    for (const finding of findings(rule, settings, { index, today, root: settings.root })) problems.push(emit(rule, finding));
  }
  return problems;
}

/**
 * The problems of the rules that judge suppressions (those enabled among `rules`): on the disable
 * comments of `index.files`, and on the exceptions of `cxgov.yaml` when `withExceptions`.
 * `checked` holds what the other rules found there (only the silenced problems are read).
 */
export function judgeSuppressions(index: ProjectIndex, settings: Settings, today: string, checked: Iterable<CheckedProblem>, withExceptions: boolean, rules: readonly Rule[] = RULES): Problem[] {
  const judges = rules.filter((rule) => rule.scope.kind === 'suppressions');
  if (judges.length === 0) return [];
  const silenced = [...checked].filter((problem) => problem.silencedBy);
  const suppressions: SuppressionUse = {
    silenced,
    exceptions: withExceptions ? settings.exceptions : [],
    configSource: settings.configSource,
    ruleIds: RULES.map((rule) => rule.id),
    ran: (id) => {
      const rule = findRule(id);
      return rule !== undefined && rule.scope.kind !== 'suppressions' && severityOf(rule, settings) !== 'off';
    },
  };
  const emit = emitter(index, settings, today);
  const problems: Problem[] = [];
  for (const rule of judges) {
    for (const finding of findings(rule, settings, { index, today, root: settings.root, suppressions })) {
      const problem = emit(rule, finding);
      if (!problem.silencedBy) problems.push(problem);
    }
  }
  return problems;
}

function severityOf(rule: Rule, settings: Settings): SeveritySetting {
  return settings.severities.get(rule.id) ?? rule.defaultSeverity;
}

function findings(rule: Rule, settings: Settings, context: RuleContext): Iterable<Finding> {
  return severityOf(rule, settings) === 'off' ? [] : rule.check(context);
}

/** Turns a rule's findings into problems: range, severity, entity, and what silences them. */
function emitter(index: ProjectIndex, settings: Settings, today: string): (rule: Rule, finding: Finding) => CheckedProblem {
  // The live engine checks a project rule by rule, each time with a new emitter: a map of 20,000 files each time adds up.
  const analysisOf = index.analysis ? (path: string) => index.analysis!(path) : mapLookup(index.files);
  const owningEntity = entityLocator();
  return (rule, finding) => {
    const file = finding.at.file;
    const range = 'range' in finding.at ? finding.at.range : locate(finding.at);
    const analysis = analysisOf(file.path);
    const entity = finding.entity ?? (analysis && owningEntity(analysis, finding));
    const name = entity ? entityName(entity) : undefined;
    const comment = analysis !== undefined && isSuppressed(analysis.suppressions, range.start.line, rule.id);
    const exceptions = name ? coveringExceptions(settings.exceptions, rule.id, name, today) : [];
    return {
      rule: rule.id,
      severity: lowered(severityOf(rule, settings) as Severity, finding.severity),
      file: file.path,
      range,
      message: elideLongQuotes(finding.message),
      ...(name && { entity: name }),
      ...(finding.fixes && { fixes: finding.fixes }),
      ...(finding.related && { related: finding.related }),
      ...((comment || exceptions.length > 0) && { silencedBy: { comment, exceptions } }),
    };
  };
}

function mapLookup(files: readonly FileAnalysis[]): (path: string) => FileAnalysis | undefined {
  const analyses = new Map<string, FileAnalysis>(files.map((analysis) => [analysis.file.path, analysis]));
  return (path) => analyses.get(path);
}

/** A finding may lower its rule's severity, never raise it. */
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

function lowered(severity: Severity, asked: Severity | undefined): Severity {
  return asked && RANK[asked] < RANK[severity] ? asked : severity;
}

/** Finds the innermost entity whose mapping holds a finding's path, by walking up the path. */
function entityLocator(): (analysis: FileAnalysis, finding: Finding) => Entity | undefined {
  const byPath = new Map<FileAnalysis, Map<string, Entity>>();
  return (analysis, finding) => {
    if ('range' in finding.at) return undefined;
    let entities = byPath.get(analysis);
    if (!entities) {
      entities = new Map(analysis.entities.map((entity) => [pathKey(entity.doc, entity.path), entity]));
      byPath.set(analysis, entities);
    }
    const { doc, path } = finding.at;
    for (let length = path.length; length > 0; length--) {
      const entity = entities.get(pathKey(doc, path.slice(0, length)));
      if (entity) return entity;
    }
    return undefined;
  };
}

function pathKey(doc: number, path: readonly (string | number)[]): string {
  return `${doc}\u0000${path.join('\u0000')}`;
}

/** The order problems are reported in: file, position, rule, message. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
