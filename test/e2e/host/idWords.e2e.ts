// Runs inside the VS Code extension host after extension.e2e.ts, in the same copy of
// samples/every-rule: ids are edited as words (highlight, selection, folding, word-wise moves).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** How long the server may take to have checked a file before a test fails (a deadline, never a sleep). */
const DEADLINE_MS = 20_000;

describe('cxgov ids as words in VS Code', () => {
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, 'governance/kpis.yaml');
    document = await vscode.workspace.openTextDocument(uri);
    editor = await vscode.window.showTextDocument(document);
    await checked(uri);
  });

  it('highlights an id and its references in the file, not the words inside other text', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, inside('owner: john-smith', 'smith'));
    assert.ok(highlights.length >= 2, `highlights: ${JSON.stringify(highlights)}`);
    for (const highlight of highlights) assert.equal(document.getText(highlight.range), 'john-smith');
  });

  it('moves and selects word-wise over a whole id, as double-click does (editor.wordSeparators)', async () => {
    const start = inside('owner: john-smith', 'john');
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand('cursorWordEndRightSelect');
    assert.equal(document.getText(editor.selection), 'john-smith');
    assert.equal(document.getText(document.getWordRangeAtPosition(inside('owner: john-smith', 'smith'))), 'john-smith');
  });

  it('grows the selection from an id to its pair and its entry', async () => {
    const [first] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', document.uri, [inside('owner: john-smith', 'smith')]);
    const steps: string[] = [];
    for (let step: vscode.SelectionRange | undefined = first; step; step = step.parent) steps.push(document.getText(step.range).split('\n')[0]!);
    // VS Code adds its own steps (the word part "smith", whole lines): ours come in order among them.
    const ours = ['john-smith', 'owner: john-smith', 'id: average-handle-time', 'kpis:'];
    assert.deepEqual(steps.filter((step) => ours.includes(step)).filter((step, index, all) => all.indexOf(step) === index), ours, JSON.stringify(steps));
  });

  it('folds each entry', async () => {
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const entry = inside('- id: average-handle-time', '-').line;
    assert.ok(folds.some((fold) => fold.start === entry && fold.end > entry), `folds: ${JSON.stringify(folds)}`);
  });

  it('colours ids with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.deepEqual(legend.tokenModifiers, ['declaration', 'definition', 'unresolved']);
  });

  /** A position within the first `where` of the document, at `what`. */
  function inside(where: string, what: string): vscode.Position {
    const offset = document.getText().indexOf(where);
    assert.ok(offset >= 0, `"${where}" is not in ${document.uri.fsPath}`);
    return document.positionAt(offset + where.indexOf(what));
  }
});

/** Resolves once the server has published problems for a file (the sample has some in each). */
function checked(uri: vscode.Uri): Promise<void> {
  if (vscode.languages.getDiagnostics(uri).length > 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (listener.dispose(), reject(new Error(`no diagnostics for ${uri.fsPath}`))), DEADLINE_MS);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (vscode.languages.getDiagnostics(uri).length === 0) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}
