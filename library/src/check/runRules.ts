import type { Problem } from '../model/problem.js';
import type { ProjectIndex } from '../model/projectIndex.js';
import type { Entity } from '../model/entity.js';
import { entityName } from '../model/entity.js';
import type { Settings } from '../load/settings.js';
import { locate } from './locate.js';
import { isSuppressed } from './suppressions.js';
import { isExcepted } from './exceptions.js';
import { RULES } from './rules/index.js';
import type { Finding } from './rule.js';
import type { FileAnalysis } from './analyzeFile.js';

/** Runs every enabled rule over the indexed project; returns problems sorted by file and position. */
export function runRules(index: ProjectIndex, settings: Settings, today: string): Problem[] {
  const analyses = new Map<string, FileAnalysis>(index.files.map((analysis) => [analysis.file.path, analysis]));
  const problems: Problem[] = [];
  for (const rule of RULES) {
    const severity = settings.severities.get(rule.id) ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const finding of rule.check({ index, today })) {
      const file = finding.at.file;
      const range = 'range' in finding.at ? finding.at.range : locate(finding.at);
      const analysis = analyses.get(file.path);
      if (analysis && isSuppressed(analysis.suppressions, range.start.line, rule.id)) continue;
      const entity = finding.entity ?? (analysis && owningEntity(analysis, finding));
      const name = entity ? entityName(entity) : undefined;
      if (name && isExcepted(settings.exceptions, rule.id, name, today)) continue;
      problems.push({
        rule: rule.id,
        severity,
        file: file.path,
        range,
        message: finding.message,
        ...(name && { entity: name }),
        ...(finding.fixes && { fixes: finding.fixes }),
        ...(finding.related && { related: finding.related }),
      });
    }
  }
  return problems.sort(compareProblems);
}

/** The innermost entity whose mapping holds the finding's path. */
function owningEntity(analysis: FileAnalysis, finding: Finding): Entity | undefined {
  if ('range' in finding.at) return undefined;
  const { doc, path } = finding.at;
  let best: Entity | undefined;
  for (const entity of analysis.entities) {
    if (entity.doc !== doc || entity.path.length > path.length) continue;
    if (entity.path.every((segment, i) => segment === path[i]) && (!best || entity.path.length > best.path.length)) best = entity;
  }
  return best;
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
