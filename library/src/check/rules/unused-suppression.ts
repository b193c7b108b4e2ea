import { fileDirectives } from '../suppressions.js';
import { isExpired } from '../exceptions.js';
import type { CheckedProblem, Rule } from '../rule.js';
import { exceptionAt, judgedExceptions, namedEntities } from '../suppression/judged.js';

export const unusedSuppression: Rule = {
  id: 'unused-suppression',
  defaultSeverity: 'warning',
  description: 'A disable comment or an exception in cxgov.yaml that silences no problem.',
  rationale:
    'A suppression that silences nothing is a leftover: the problem was fixed or moved. Left in place, it would silently swallow the next real problem on that line or entry, and it tells readers that a gap was accepted when there is none.',
  howToFix: 'Remove the rule name from the comment (or the whole comment), or remove the exception from cxgov.yaml.',
  // Judged after every other rule, on what they found (see runRules).
  scope: { kind: 'suppressions' },
  *check({ index, today, suppressions }) {
    if (!suppressions) return;
    const { commented, excepted } = silencedBy(suppressions.silenced);
    const known = new Set(suppressions.ruleIds);
    for (const analysis of index.files) {
      const silencedLines = commented.get(analysis.file.path);
      for (const directive of fileDirectives(analysis)) {
        const silenced = silencedLines?.get(directive.line + 1);
        if (directive.names.length === 0 && !silenced) {
          yield { at: { file: analysis.file, range: directive.range }, message: 'This comment silences every rule on the next line, but there is no problem there: remove the comment.' };
        }
        for (const { name, range } of directive.names) {
          // Unknown names are unknown-suppression's; a rule turned off finds nothing, and may be turned on again.
          if (!known.has(name) || !suppressions.ran(name) || silenced?.has(name)) continue;
          yield { at: { file: analysis.file, range }, message: `This comment silences ${name} on the next line, but there is no such problem there: remove "${name}" from the comment.` };
        }
      }
    }
    for (const { exception, at } of judgedExceptions(suppressions)) {
      if (excepted.has(at) || !suppressions.ran(exception.rule) || isExpired(exception, today) || namedEntities(index, exception.entity).length === 0) continue;
      yield { at: exceptionAt(suppressions, at)!, message: `The exception for ${exception.rule} on "${exception.entity}" matches no problem: remove it from cxgov.yaml.` };
    }
  },
};

/** The lines (per file) and rules that disable comments silenced, and the exceptions that silenced something. */
function silencedBy(problems: readonly CheckedProblem[]): { commented: Map<string, Map<number, Set<string>>>; excepted: Set<number> } {
  const commented = new Map<string, Map<number, Set<string>>>();
  const excepted = new Set<number>();
  for (const problem of problems) {
    if (!problem.silencedBy) continue;
    for (const at of problem.silencedBy.exceptions) excepted.add(at);
    if (!problem.silencedBy.comment) continue;
    let lines = commented.get(problem.file);
    if (!lines) commented.set(problem.file, (lines = new Map()));
    const line = problem.range.start.line;
    lines.set(line, (lines.get(line) ?? new Set()).add(problem.rule));
  }
  return { commented, excepted };
}
