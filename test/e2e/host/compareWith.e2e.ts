// Runs inside the VS Code extension host, in a git repository holding the wow-retail sample: its
// committed first-contact-resolution target is 88, the working tree's 80 (see compareWith.test.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEADLINE_MS, workspaceFile } from './hostEvents.js';

describe('cxgov: Compare with…', () => {
  it('shows the review of the working tree against a revision in the Markdown preview', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('governance/kpis.yaml')));
    const result = await vscode.commands.executeCommand<{ base: string; markdown: string } | undefined>('cxgov.compareWith', 'HEAD');
    assert.ok(result, 'the command showed no review');
    assert.match(result.markdown, /an outcome target is lowered/);
    const review = vscode.workspace.textDocuments.find((document) => document.isUntitled && document.languageId === 'markdown');
    assert.ok(review, 'no Markdown document holds the review');
    assert.equal(review.getText(), result.markdown);
    await previewOpen();
  });

  it('is listed in the command palette as "cxgov: Compare with…"', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes('cxgov.compareWith'));
  });
});

/** Resolves once a Markdown preview tab is open (VS Code's preview is a webview tab titled "Preview …"). */
function previewOpen(): Promise<void> {
  const open = () => vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && /preview/i.test(tab.input.viewType)));
  if (open()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no Markdown preview after ${DEADLINE_MS} ms: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)))}`)), DEADLINE_MS);
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!open()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}
