import { fixAllText, positionAt, type FileAnalysis } from 'cxgov/editor';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { pathToUri } from '../uri.js';

/** The code action kind of "fix all": what `editor.codeActionsOnSave` names to run it on save. */
export const FIX_ALL_KIND = 'source.fixAll.cxgov';

/**
 * "Fix all safe problems": the edits `cxgov lint --fix` would make in this file, on the text the
 * editor has (unsaved edits of any file included); undefined when there is nothing to fix.
 */
export function fixAllAction(state: ProjectState, analysis: FileAnalysis): CodeAction | undefined {
  const path = analysis.file.path;
  const files = state.index.files.map((indexed) => state.analysis(indexed.file.path) ?? indexed);
  const fixed = fixAllText({ files, path, settings: state.settings, today: state.today, problems: state.problemsIn(path) });
  if (fixed === undefined) return undefined;
  return { title: 'Fix all safe cxgov problems', kind: FIX_ALL_KIND, edit: { changes: { [pathToUri(path)]: [changedSpan(analysis, fixed)] } } };
}

/**
 * One edit from the first to the last character that differs: fixes may take several passes, each
 * placed in the text of the pass before, so their edits are not all in the editor's text.
 */
function changedSpan(analysis: FileAnalysis, fixed: string): TextEdit {
  const text = analysis.file.text;
  let start = 0;
  while (start < text.length && start < fixed.length && text[start] === fixed[start]) start++;
  let end = 0;
  while (end < text.length - start && end < fixed.length - start && text[text.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
  return {
    range: { start: positionAt(analysis.file, start), end: positionAt(analysis.file, text.length - end) },
    newText: fixed.slice(start, fixed.length - end),
  };
}
