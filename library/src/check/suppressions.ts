import type { Suppressions } from '../model/fileAnalysis.js';

/** `# cxgov-disable-next-line rule-a, rule-b -- reason` on a line of its own. */
const DIRECTIVE = /^[ \t]*#[ \t]*cxgov-disable-next-line\b([^\n]*)$/gm;

/** Finds the inline suppression comments of a file. */
export function findSuppressions(text: string): Suppressions {
  const result = new Map<number, Set<string>>();
  if (!text.includes('cxgov-disable-next-line')) return result;
  for (const match of text.matchAll(DIRECTIVE)) {
    const line = countLines(text, match.index);
    const rules = match[1]!.split(/\s--\s|\s--$/)[0]!.split(/[\s,]+/).filter(Boolean);
    result.set(line + 1, new Set(rules));
  }
  return result;
}

/** Whether a problem of a rule starting on a line is silenced. */
export function isSuppressed(suppressions: Suppressions, line: number, rule: string): boolean {
  const rules = suppressions.get(line);
  return rules !== undefined && (rules.size === 0 || rules.has(rule));
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
