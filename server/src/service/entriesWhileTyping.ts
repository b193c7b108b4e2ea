import type { Entity } from 'cxgov';
import { analyzeFile, parseSource, positionAt, type FileAnalysis } from 'cxgov/editor';

/**
 * This file's entries. When it does not parse mid-edit, they are read from the text without the
 * line being typed, the lines left half-written (an unclosed bracket or quote) and the short
 * stretches the parser choked on.
 */
export function ownEntities(analysis: FileAnalysis, offset: number): readonly Entity[] {
  if (parses(analysis)) return analysis.entities;
  const { file } = analysis;
  const cursorLine = positionAt(file, offset).line;
  const lines = file.text.split('\n');
  const without = (drop: (line: string, index: number) => boolean) =>
    // Shorter than the text the project's size limit already let through: no limit applies.
    analyzeFile(parseSource(file.path, lines.map((line, index) => (drop(line, index) ? '' : line)).join('\n'), Infinity));
  const typed = without((line, index) => index === cursorLine || halfWritten(line));
  if (parses(typed)) return typed.entities;
  // The parser's error ranges are a last resort: they often point past the line at fault.
  const choked = new Set<number>();
  for (const { range } of file.syntax) {
    if (range.end.line - range.start.line > MAX_BLANKED_LINES) continue;
    for (let line = range.start.line; line <= range.end.line; line++) choked.add(line);
  }
  return without((line, index) => index === cursorLine || halfWritten(line) || choked.has(index)).entities;
}

function parses(analysis: FileAnalysis): boolean {
  return !analysis.data.some((data) => data === undefined);
}

/** A line with a bracket or a quote left open, as a line being typed often has. */
function halfWritten(line: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    // A quote opens a scalar only where one can start (`don't` is plain text).
    const atStart = i === 0 || /[\s[{,]/.test(line[i - 1]!);
    if (quote) {
      if (char === quote) quote = undefined;
    } else if ((char === '"' || char === "'") && atStart) quote = char;
    else if (char === '#' && atStart) break;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
  }
  return quote !== undefined || depth !== 0;
}

/** Longer stretches of broken YAML are left in: blanking them would lose more than it saves. */
const MAX_BLANKED_LINES = 3;
