import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { EntryEdit } from '../model/entryEdit.js';

// Which analyses came from the one before by an edit of one entry (see analyzeEdited): the problem
// store then re-runs the rules of entry scope over that entry only. Only the last step is kept, so
// that an analysis never holds on to the chain of those before it.
const edits = new WeakMap<FileAnalysis, { previous: FileAnalysis; edit: EntryEdit }>();

export function recordEntryEdit(previous: FileAnalysis, after: FileAnalysis, edit: EntryEdit): void {
  edits.delete(previous);
  edits.set(after, { previous, edit });
}

/** The entry edit that made `after` from `before`, if that is how it was made; asked once (it lets `before` go). */
export function takeEntryEdit(before: FileAnalysis, after: FileAnalysis): EntryEdit | undefined {
  const found = edits.get(after);
  edits.delete(after);
  return found?.previous === before ? found.edit : undefined;
}
