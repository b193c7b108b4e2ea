import * as vscode from 'vscode';
import { GenerateHandbookRequest, type GenerateHandbookResult } from 'cxgov-language-server/protocol';
import type { Session } from '../session';

/**
 * Writes the handbook of the project of the given file (explorer menu), of the active editor's
 * file, or of the first project. The server writes it, as `cxgov handbook` would.
 */
export async function generateHandbook(session: Session, resource: vscode.Uri | undefined): Promise<GenerateHandbookResult | undefined> {
  const result = await runGenerate(session, resource ?? vscode.window.activeTextEditor?.document.uri);
  if (!result) return undefined;
  const where = vscode.workspace.asRelativePath(result.folder);
  void vscode.window.showInformationMessage(`cxgov: wrote ${result.pages.length} handbook pages to ${where}.`, 'Preview').then((choice) => {
    if (choice === 'Preview') void showPreview(result.page);
  });
  return result;
}

/** Writes the handbook, then opens the Markdown preview of the page (and heading) of the entry under the cursor. */
export async function previewHandbook(session: Session): Promise<GenerateHandbookResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  const result = await runGenerate(session, editor?.document.uri, editor?.selection.active);
  if (result) await showPreview(result.page);
  return result;
}

async function runGenerate(session: Session, file: vscode.Uri | undefined, position?: vscode.Position): Promise<GenerateHandbookResult | undefined> {
  const client = await session.ready();
  const result = await client.sendRequest(GenerateHandbookRequest, {
    uri: file?.scheme === 'file' ? file.toString() : null,
    position: position ? { line: position.line, character: position.character } : null,
  });
  return result ?? undefined;
}

/** How many previews this extension host has opened: with the time, it names each preview's document. */
let previews = 0;

/**
 * VS Code's built-in Markdown preview, beside the editor, scrolled to the entry's heading. VS Code
 * keeps the text of a page it has shown and may miss that the file was replaced on disk, so the
 * preview would show the previous generation: each preview names a document of its own (the same
 * file, with a stamp in the URI's query, which the file system ignores), so that VS Code reads the
 * page anew. The time keeps stamps apart across restarts of the extension host.
 */
async function showPreview(page: GenerateHandbookResult['page']): Promise<void> {
  previews += 1;
  const uri = vscode.Uri.file(page.file).with({ query: `generated=${Date.now().toString(36)}-${previews}`, fragment: page.anchor ?? '' });
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}
