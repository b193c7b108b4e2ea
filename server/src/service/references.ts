import type { Position } from 'cxgov';
import type { FileAnalysis } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { occurrencesOf } from './occurrences.js';
import { symbolOf, targetOf } from './target.js';

/** Find references: every place in the project that names the id under the cursor, and optionally its definition. */
export function references(state: ProjectState, analysis: FileAnalysis, position: Position, includeDeclaration: boolean): Location[] {
  const symbol = symbolOf(targetOf(analysis, position));
  if (!symbol) return [];
  const found = occurrencesOf(state, symbol);
  return [...(includeDeclaration ? found.definitions : []), ...found.references];
}
