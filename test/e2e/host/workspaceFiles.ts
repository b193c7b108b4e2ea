// Finding things in the workspace the extension-host suites run in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** A file of the first workspace folder. */
export function file(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** The position right after the first occurrence of `text` in the document. */
export function positionAfter(document: vscode.TextDocument, text: string): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is not in ${document.uri.fsPath}`);
  return document.positionAt(offset + text.length);
}
