import type { Position } from 'cxgov';
import type { FileAnalysis, SourceFile } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { occurrencesOf } from './occurrences.js';
import { symbolOf, targetOf } from './target.js';
import { configSymbolAt } from './configTarget.js';

/** Go to definition: from a reference (or an id) to where that id is defined, in any file of the project. */
export function definition(state: ProjectState, analysis: FileAnalysis, position: Position): Location[] {
  const symbol = symbolOf(targetOf(analysis, position));
  if (!symbol) return [];
  return occurrencesOf(state, symbol).definitions;
}

/** Go to definition in `cxgov.yaml`: from an exception's entity to the entry it names. */
export function configDefinition(state: ProjectState, config: SourceFile, position: Position): Location[] {
  const symbol = configSymbolAt(config, position);
  return symbol ? occurrencesOf(state, symbol).definitions : [];
}
