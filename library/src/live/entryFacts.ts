import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { Path } from '../source/locate.js';
import type { LiveIndex } from '../model/projectIndex.js';
import { inNewEntries, inOldEntry, type EntryEdit } from '../model/entryEdit.js';
import { factsOf, readChange, splitKey, type FactsChange, type ReadFacts } from '../check/scope/fileFacts.js';

// What an edit of one entry changed in a file's facts, found from that entry alone: a file of
// thousands of entries is otherwise walked whole, before and after, at every keystroke.

/** The file before an edit narrowed to the entry it replaced, and after it to what replaced the entry. */
export interface EntryParts {
  before: FileAnalysis;
  after: FileAnalysis;
}

export function entryParts(before: FileAnalysis, after: FileAnalysis, edit: EntryEdit): EntryParts {
  return { before: entryPart(before, edit, 'before'), after: entryPart(after, edit, 'after') };
}

function entryPart(analysis: FileAnalysis, edit: EntryEdit, side: 'before' | 'after'): FileAnalysis {
  const inside = side === 'before' ? (path: Path) => inOldEntry(edit, path) : (path: Path) => inNewEntries(edit, path);
  return {
    ...analysis,
    entities: analysis.entities.filter((entity) => entity.doc === 0 && inside(entity.path)),
    references: analysis.references.filter((reference) => reference.from.doc === 0 && inside(reference.from.path)),
  };
}

/**
 * The ids an edit of one entry changed (see compareFacts): the ids the entry defines or refers to,
 * before and after, that the rest of the file (looked up in `index`, which holds `after`) does not
 * also define or refer to. `defined` is the entry's ids too, unless the edit moved lines: then
 * every id the file defines has moved (undefined: the caller compares the whole file).
 */
export function entryIdsChange(parts: EntryParts, after: FileAnalysis, edit: EntryEdit, index: LiveIndex): FactsChange | undefined {
  if (edit.lineDelta !== 0) return undefined;
  const old = factsOf(parts.before);
  const now = factsOf(parts.after);
  const file = after.file;
  const definedElsewhere = (text: string) => {
    const { kind, id } = splitKey(text);
    return index.definitions(kind, id).some((entity) => entity.file === file && !inNewEntries(edit, entity.path));
  };
  const referredElsewhere = (text: string) => {
    const { kind, id } = splitKey(text);
    return index.referencesTo(kind, id).some((reference) => reference.from.file === file && !inNewEntries(edit, reference.from.path));
  };
  return {
    defined: [...new Set([...old.defined, ...now.defined])],
    appeared: oneSideOnly(old.defined, now.defined).filter((text) => !definedElsewhere(text)),
    referenced: oneSideOnly(old.referenced, now.referenced).filter((text) => !referredElsewhere(text)),
    read: [],
  };
}

/**
 * The keys of a rule's `reads` whose values an edit of one entry changed. `reads` adds its values
 * entity by entity, in file order (see RuleScope): the rest of the file adds the same values
 * around the entry's, so a key's value changed exactly where the entry's part of it did.
 */
export function entryReadChange(reads: (analysis: FileAnalysis) => ReadFacts, parts: EntryParts): string[] {
  return readChange(reads, parts.before, parts.after);
}

function oneSideOnly(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...[...a].filter((item) => !b.has(item)), ...[...b].filter((item) => !a.has(item))];
}
