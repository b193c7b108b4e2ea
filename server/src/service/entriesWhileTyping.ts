import type { Entity } from 'cxgov';
import { positionAt, recoveredAnalysis, type FileAnalysis } from 'cxgov/editor';

/**
 * This file's entries. When it does not parse mid-edit, they are read from the text without the
 * line being typed, the lines left half-written (an unclosed bracket or quote) and the short
 * stretches the parser choked on.
 */
export function ownEntities(analysis: FileAnalysis, offset: number): readonly Entity[] {
  if (!analysis.data.some((data) => data === undefined)) return analysis.entities;
  return recoveredAnalysis(analysis, positionAt(analysis.file, offset).line).entities;
}
