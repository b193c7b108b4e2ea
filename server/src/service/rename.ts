import { KIND_LABEL, type Position, type Range } from 'cxgov';
import { isId, sameRange, schemaAt, type FileAnalysis, type ProjectIndex } from 'cxgov/editor';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { idLocation, referenceLocation } from './source.js';
import { symbolOf, targetOf } from './target.js';

/** A refusal the client should show to the user, or the answer. */
export type Answer<T> = { ok: T } | { refused: string };

/** Whether the cursor is on something renameable: an entry's id or a reference to one. */
export function prepareRename(analysis: FileAnalysis, position: Position): Answer<{ range: Range; placeholder: string }> {
  const target = targetOf(analysis, position);
  const symbol = symbolOf(target);
  if (!target || !symbol) return { refused: 'Only an id, or a reference to one (an owner, a pillar, a KPI…), can be renamed. Place the cursor on the id.' };
  return { ok: { range: target.range, placeholder: symbol.id } };
}

/** Renames an id everywhere: its definition and every reference to it, across the project's files. */
export function rename(index: ProjectIndex, analysis: FileAnalysis, position: Position, newName: string): Answer<WorkspaceEdit> {
  const symbol = symbolOf(targetOf(analysis, position));
  if (!symbol) return { refused: 'Only an id, or a reference to one, can be renamed.' };
  const label = KIND_LABEL[symbol.kind].one;
  const wanted = newName.trim();
  if (!isId(wanted)) {
    return { refused: `"${newName}" is not a valid id: use kebab-case (lowercase letters, digits and single hyphens, e.g. "first-contact-resolution").` };
  }
  if (wanted === symbol.id) return { ok: { changes: {} } };
  if (index.definitions(symbol.kind, wanted).length > 0) {
    return { refused: `There is already ${article(label)} ${label} with the id "${wanted}": pick another id, or merge the two first.` };
  }
  const changes: Record<string, TextEdit[]> = {};
  const add = ({ uri, range }: { uri: string; range: Range }) => {
    const edits = (changes[uri] ??= []);
    if (!edits.some((edit) => sameRange(edit.range, range))) edits.push({ range, newText: wanted });
  };
  index.definitions(symbol.kind, symbol.id).forEach((entity) => add(idLocation(entity)));
  index.referencesTo(symbol.kind, symbol.id).forEach((reference) => add(referenceLocation(reference)));
  return { ok: { changes } };
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
