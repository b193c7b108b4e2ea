import type { Position } from 'cxgov';
import type { FileAnalysis, SourceFile } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { exceptionsNaming } from './exceptionOccurrences.js';
import { occurrencesOf } from './occurrences.js';
import { symbolOf, targetOf, type IdSymbol } from './target.js';

/** Find references: every place in the project that names the id under the cursor, and optionally its definition. */
export function references(state: ProjectState, analysis: FileAnalysis, position: Position, includeDeclaration: boolean, config?: SourceFile): Location[] {
  return referencesOf(state, symbolOf(targetOf(analysis, position)), includeDeclaration, config);
}

/** Every place that names an id: in the sources, in the exceptions of `cxgov.yaml`, and its definition when asked. */
export function referencesOf(state: ProjectState, symbol: IdSymbol | undefined, includeDeclaration: boolean, config: SourceFile | undefined): Location[] {
  if (!symbol) return [];
  const found = occurrencesOf(state, symbol);
  return [...(includeDeclaration ? found.definitions : []), ...found.references, ...exceptionsNaming(config, symbol)];
}
