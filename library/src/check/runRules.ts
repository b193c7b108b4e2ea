import type { Problem, Severity } from '../model/problem.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { Entity } from '../model/entity.js';
import { entityName } from '../model/entity.js';
import type { Settings } from '../load/settings.js';
import { locate } from '../source/locate.js';
import { isSuppressed } from './suppressions.js';
import { isExcepted } from './exceptions.js';
import { RULES } from './rules/index.js';
import type { Finding, Rule } from './rule.js';
import { elideLongQuotes } from '../util/text.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';

/** Runs the enabled rules (every rule, unless given) over the indexed project; returns problems sorted by file and position. */
export function runRules(index: ProjectIndex, settings: Settings, today: string, rules: readonly Rule[] = RULES): Problem[] {
  const analyses = new Map<string, FileAnalysis>(index.files.map((analysis) => [analysis.file.path, analysis]));
  const problems: Problem[] = [];
  const owningEntity = entityLocator();
  for (const rule of rules) {
    const severity = settings.severities.get(rule.id) ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of rule.check({ index, today, root: settings.root })) {
      const file = finding.at.file;
      const range = 'range' in finding.at ? finding.at.range : locate(finding.at);
      const analysis = analyses.get(file.path);
      if (analysis && isSuppressed(analysis.suppressions, range.start.line, rule.id)) continue;
      const entity = finding.entity ?? (analysis && owningEntity(analysis, finding));
      const name = entity ? entityName(entity) : undefined;
      if (name && isExcepted(settings.exceptions, rule.id, name, today)) continue;
      problems.push({
        rule: rule.id,
        severity: finding.severity && RANK[finding.severity] < RANK[severity] ? finding.severity : severity,
        file: file.path,
        range,
        message: elideLongQuotes(finding.message),
        ...(name && { entity: name }),
        ...(finding.fixes && { fixes: finding.fixes }),
        ...(finding.related && { related: finding.related }),
      });
    }
  }
  return problems.sort(compareProblems);
}

/** A finding may lower its rule's severity, never raise it. */
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

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

export function compareProblems(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
