import type { FileAnalysis, Suppressions } from '../model/fileAnalysis.js';
import type { Range } from '../source/range.js';

/** `# cxgov-disable-next-line rule-a, rule-b -- reason` on a line of its own. */
const DIRECTIVE = /^([ \t]*)#[ \t]*cxgov-disable-next-line\b([^\n]*)$/gm;
const MARKER = 'cxgov-disable-next-line';

/** One disable comment: where it is, and each rule it names with where the name is written. */
export interface DisableDirective {
  /** 0-based line of the comment; it silences the line after it. */
  line: number;
  /** From the `#` to the end of the rule names (the reason left out). */
  range: Range;
  /** The rules named, in order; none silences every rule. */
  names: readonly { name: string; range: Range }[];
}

/** Finds the disable comments of a file, with the position of every rule name. */
export function disableDirectives(text: string): DisableDirective[] {
  if (!text.includes(MARKER)) return [];
  const directives: DisableDirective[] = [];
  let line = 0;
  let counted = 0;
  for (const match of text.matchAll(DIRECTIVE)) {
    line += countNewlines(text, counted, match.index);
    counted = match.index;
    const hash = match[1]!.length;
    const afterMarker = match[0].indexOf(MARKER) + MARKER.length;
    const list = match[2]!.split(/\s--\s|\s--$/)[0]!;
    const names = [...list.matchAll(/[^\s,]+/g)].map((name) => {
      const start = afterMarker + name.index;
      return { name: name[0], range: onLine(line, start, start + name[0].length) };
    });
    const end = names.length > 0 ? names[names.length - 1]!.range.end.character : afterMarker;
    directives.push({ line, range: onLine(line, hash, end), names });
  }
  return directives;
}

/**
 * The disable comments of an analysed file. Its suppressions say whether it has any: the judges of
 * suppressions run on every check, and most files have none to look for again in their text.
 */
export function fileDirectives(analysis: FileAnalysis): DisableDirective[] {
  return analysis.suppressions.size === 0 ? [] : disableDirectives(analysis.file.text);
}

/** Finds the inline suppression comments of a file: the line each silences, and its rules. */
export function findSuppressions(text: string): Suppressions {
  return new Map(disableDirectives(text).map((directive) => [directive.line + 1, new Set(directive.names.map(({ name }) => name))]));
}

/** Whether a problem of a rule starting on a line is silenced. */
export function isSuppressed(suppressions: Suppressions, line: number, rule: string): boolean {
  const rules = suppressions.get(line);
  return rules !== undefined && (rules.size === 0 || rules.has(rule));
}

function onLine(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function countNewlines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
