import type { Range } from 'cxgov';
import { offsetAt, positionAt, recoveredAnalysis, sameRange, type FileAnalysis, type SourceFile } from 'cxgov/editor';
import type { Location } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { pathToUri } from '../uri.js';
import { idRange, referenceRange } from './source.js';
import type { IdSymbol } from './target.js';

/** Where an id is defined and referred to, in the texts the editor has now. */
export interface Occurrences {
  definitions: Location[];
  references: Location[];
}

/**
 * Every place that defines or names an id. While a file being typed has a syntax error, the index
 * holds its last good analysis, parsed from an older text: its places count where that text and
 * today's still read the same. A file with a syntax error (typed, or saved like that) is also read
 * again around its slips (see `recoveredAnalysis`), and the places found there are added where its
 * current text has them. A place that moved is left out, never edited at its old position.
 */
export function occurrencesOf(state: ProjectState, symbol: IdSymbol): Occurrences {
  const definitions = new Places();
  const references = new Places();
  for (const entity of state.index.definitions(symbol.kind, symbol.id)) definitions.add(entity.file, idRange(entity), state.analysis(entity.file.path));
  for (const reference of state.index.referencesTo(symbol.kind, symbol.id)) references.add(reference.from.file, referenceRange(reference), state.analysis(reference.from.file.path));
  for (const { current, recovered } of brokenIn(state)) {
    for (const entity of recovered.entities) if (entity.kind === symbol.kind && entity.id === symbol.id) definitions.add(recovered.file, idRange(entity), current);
    for (const reference of recovered.references) if (reference.kind === symbol.kind && reference.id === symbol.id) references.add(recovered.file, referenceRange(reference), current);
  }
  return { definitions: definitions.locations, references: references.locations };
}

/** The sources with a syntax error, as they are now and as read around their slips. */
function brokenIn(state: ProjectState): { current: FileAnalysis; recovered: FileAnalysis }[] {
  return state.index.files.flatMap((indexed) => {
    const current = state.analysis(indexed.file.path);
    return current && current.syntax.length > 0 ? [{ current, recovered: recoveredAnalysis(current) }] : [];
  });
}

/** The current analyses of the files whose last good analysis the index holds in their place. */
export function standingIn(state: ProjectState): FileAnalysis[] {
  return state.index.files.flatMap((indexed) => {
    const current = state.analysis(indexed.file.path);
    return current && current.file !== indexed.file ? [current] : [];
  });
}

/** Where a range of a text a file had reads the same in its current text, or undefined. */
function placed(written: SourceFile, range: Range, current: FileAnalysis | undefined): Range | undefined {
  if (!current || current.file === written) return range;
  const now = current.file;
  const start = offsetAt(now, range.start);
  const end = offsetAt(now, range.end);
  // A position past the end of a line (or of the text) is clamped by offsetAt: then the place moved.
  if (!sameRange({ start: positionAt(now, start), end: positionAt(now, end) }, range)) return undefined;
  return now.text.slice(start, end) === written.text.slice(offsetAt(written, range.start), offsetAt(written, range.end)) ? range : undefined;
}

/** Locations without repeats. */
class Places {
  readonly locations: Location[] = [];
  private readonly seen = new Set<string>();

  add(written: SourceFile, range: Range, current: FileAnalysis | undefined): void {
    const at = placed(written, range, current);
    if (!at) return;
    const uri = pathToUri(written.path);
    const key = `${uri}\u0000${at.start.line}:${at.start.character}-${at.end.line}:${at.end.character}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.locations.push({ uri, range: at });
  }
}
