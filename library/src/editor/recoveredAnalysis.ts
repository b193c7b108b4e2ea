import { analyzeFile } from '../check/analyzeFile.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { parseSource } from '../source/sourceFile.js';

/**
 * A file with a YAML slip read again without what broke it: the brackets and quotes left open
 * (from where they open to the end of their line), then also the short stretches of lines the
 * parser choked on, and `dropLine` (the line being typed). What is dropped is blanked with
 * spaces, so every other character keeps its offset and position: what the recovered analysis
 * finds is where the current text has it (still compare the text before editing it: a multi-line
 * value may cross a blanked line). A file that parses is returned as it is; recovered ones are
 * remembered per analysis.
 */
export function recoveredAnalysis(analysis: FileAnalysis, dropLine?: number): FileAnalysis {
  if (readable(analysis) && dropLine === undefined) return analysis;
  const cached = dropLine === undefined ? recovered.get(analysis) : undefined;
  if (cached) return cached;
  const { file } = analysis;
  const lines = file.text.split('\n');
  const without = (drop: (index: number) => boolean) =>
    // Not longer than the text the project's size limit already let through: no limit applies.
    analyzeFile(parseSource(file.path, lines.map((line, index) => (drop(index) ? blank(line, 0) : closed(line))).join('\n'), Infinity));
  let result = without((index) => index === dropLine);
  if (!readable(result)) {
    // The parser's error ranges are a last resort: they often point past the line at fault.
    const choked = new Set<number>();
    for (const { range } of file.syntax) {
      if (range.end.line - range.start.line > MAX_BLANKED_LINES) continue;
      for (let line = range.start.line; line <= range.end.line; line++) choked.add(line);
    }
    result = without((index) => index === dropLine || choked.has(index));
  }
  if (dropLine === undefined) recovered.set(analysis, result);
  return result;
}

const recovered = new WeakMap<FileAnalysis, FileAnalysis>();

/** Every document could be read and no syntax error broke an entry. */
function readable(analysis: FileAnalysis): boolean {
  return analysis.damage === undefined && !analysis.data.some((data) => data === undefined);
}

/** A line without the bracket or quote it leaves open, and what follows it (`supports: [a, b` reads `supports:`). */
function closed(line: string): string {
  const open: number[] = [];
  let quote: number | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    // A quote opens a scalar only where one can start (`don't` is plain text).
    const atStart = i === 0 || /[\s[{,]/.test(line[i - 1]!);
    if (quote !== undefined) {
      if (char === line[quote]) quote = undefined;
    } else if ((char === '"' || char === "'") && atStart) quote = i;
    else if (char === '#' && atStart) break;
    else if (char === '[' || char === '{') open.push(i);
    // A bracket closed that never opened: nothing on the line can be trusted.
    else if ((char === ']' || char === '}') && open.pop() === undefined) return blank(line, 0);
  }
  const from = Math.min(open[0] ?? Infinity, quote ?? Infinity);
  return from === Infinity ? line : blank(line, from);
}

/** The line with spaces from `from` on (a CRLF's CR kept). */
function blank(line: string, from: number): string {
  return line.slice(0, from) + line.slice(from).replace(/[^\r]/g, ' ');
}

/** Longer stretches of broken YAML are left in: blanking them would lose more than it saves. */
const MAX_BLANKED_LINES = 3;
