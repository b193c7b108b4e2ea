import { exceptionEntities, type SourceFile } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import { pathToUri } from '../uri.js';
import type { IdSymbol } from './target.js';

/**
 * Where the exceptions of `cxgov.yaml` name an id: the id within their `entity: section/id`, so
 * that a rename keeps the section. An entity written with an escape is left out rather than guessed.
 */
export function exceptionsNaming(config: SourceFile | undefined, symbol: IdSymbol): Location[] {
  if (!config) return [];
  const uri = pathToUri(config.path);
  return exceptionEntities(config).flatMap(({ named, idRange }) => (named?.kind === symbol.kind && named.id === symbol.id && idRange ? [{ uri, range: idRange }] : []));
}

/** The lines (1-based) of the exceptions that name an id in a way a rename cannot edit safely (an escape). */
export function exceptionsNamingUnplaced(config: SourceFile | undefined, symbol: IdSymbol): number[] {
  if (!config) return [];
  return exceptionEntities(config).flatMap(({ named, idRange, range }) => (named?.kind === symbol.kind && named.id === symbol.id && !idRange ? [range.start.line + 1] : []));
}
