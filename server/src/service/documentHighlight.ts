import type { Position } from 'cxgov';
import type { FileAnalysis } from 'cxgov/editor';
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { pathToUri } from '../uri.js';
import { occurrencesOf } from './occurrences.js';
import { symbolOf, targetOf } from './target.js';

/** The id under the cursor and its references in the same file: the definition as a write, the references as reads; nothing away from ids. */
export function documentHighlights(state: ProjectState, analysis: FileAnalysis, position: Position): DocumentHighlight[] {
  const symbol = symbolOf(targetOf(analysis, position));
  if (!symbol) return [];
  const uri = pathToUri(analysis.file.path);
  const found = occurrencesOf(state, symbol);
  const here = (kind: DocumentHighlightKind) => (locations: typeof found.definitions) =>
    locations.filter((location) => location.uri === uri).map((location) => ({ range: location.range, kind }));
  return [...here(DocumentHighlightKind.Write)(found.definitions), ...here(DocumentHighlightKind.Read)(found.references)];
}
