import type { Position } from 'cxgov';
import type { FileAnalysis, ProjectIndex } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import { idLocation, referenceLocation } from './source.js';
import { symbolOf, targetOf } from './target.js';

/** Find references: every place in the project that names the id under the cursor, and optionally its definition. */
export function references(index: ProjectIndex, analysis: FileAnalysis, position: Position, includeDeclaration: boolean): Location[] {
  const symbol = symbolOf(targetOf(analysis, position));
  if (!symbol) return [];
  const declarations = includeDeclaration ? index.definitions(symbol.kind, symbol.id).map(idLocation) : [];
  return [...declarations, ...index.referencesTo(symbol.kind, symbol.id).map(referenceLocation)];
}
