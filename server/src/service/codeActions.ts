import type { Problem, Range, TextEdit as EngineEdit } from 'cxgov';
import { rangesTouch, sameRange, type FileAnalysis } from 'cxgov/editor';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Command, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { SHOW_ENTRY_COMMAND, type ShowEntryArguments } from '../protocol.js';
import type { ProjectState } from '../host/types.js';
import { pathToUri } from '../uri.js';

/**
 * Quick fixes for the problems of a file that touch a range: the fixes the engine offers for each
 * problem. A fix that creates an entry also opens it, where the client can show a document.
 */
export function codeActions(state: ProjectState, analysis: FileAnalysis, range: Range, diagnostics: readonly Diagnostic[], canShowDocument = false): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const problem of state.problemsIn(analysis.file.path)) {
    if (!rangesTouch(problem.range, range)) continue;
    const diagnostic = diagnostics.find((candidate) => matches(candidate, problem)) ?? toDiagnostic(problem);
    for (const fix of state.fixesFor(problem)) {
      if (fix.edits.length === 0) continue;
      const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: workspaceEdit(fix.edits) };
      if (fix.reveal && canShowDocument) action.command = showEntryCommand(fix.reveal);
      actions.push(action);
    }
  }
  return actions;
}

/** The server command an editor runs once the edit is made: open the new entry. */
function showEntryCommand({ file, range }: { file: string; range: Range }): Command {
  const args: ShowEntryArguments = [{ uri: pathToUri(file), range }];
  return { title: 'Show the new entry', command: SHOW_ENTRY_COMMAND, arguments: args };
}

function workspaceEdit(edits: readonly EngineEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const { file, range, newText } of edits) (changes[pathToUri(file)] ??= []).push({ range, newText });
  return { changes };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

function toDiagnostic(problem: Problem): Diagnostic {
  return { range: problem.range, severity: SEVERITY[problem.severity], code: problem.rule, source: 'cxgov', message: problem.message };
}

function matches(diagnostic: Diagnostic, problem: Problem): boolean {
  return diagnostic.code === problem.rule && diagnostic.message === problem.message && sameRange(diagnostic.range, problem.range);
}
