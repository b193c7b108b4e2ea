import type { Position } from 'cxgov';
import type { FileAnalysis, ProjectIndex } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import { idLocation } from './source.js';
import { symbolOf, targetOf } from './target.js';

/** Go to definition: from a reference (or an id) to where that id is defined, in any file of the project. */
export function definition(index: ProjectIndex, analysis: FileAnalysis, position: Position): Location[] {
  const symbol = symbolOf(targetOf(analysis, position));
  if (!symbol) return [];
  return index.definitions(symbol.kind, symbol.id).map(idLocation);
}
