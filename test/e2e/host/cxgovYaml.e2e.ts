// Runs inside the VS Code extension host (see extension.e2e.ts), in the copy of samples/every-rule:
// cxgov.yaml as a first-class file, and ids named beside their completion items.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { file, positionAfter } from './workspaceFiles.js';

const EXTENSION_ID = 'cxgov.cxgov-vscode';

describe('cxgov.yaml and completion labels in VS Code', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  it('the rename preview of a KPI includes the exception in cxgov.yaml that names it', async () => {
    const document = await vscode.workspace.openTextDocument(file('governance/kpis.yaml'));
    const position = positionAfter(document, '  - id: calls-per').translate(0, -2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, 'calls-handled-per-hour');
    const inConfig = edit.get(file('cxgov.yaml'));
    assert.equal(inConfig.length, 1, `edits: ${edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri)).join(', ')}`);
    const config = await vscode.workspace.openTextDocument(file('cxgov.yaml'));
    assert.equal(config.getText(inConfig[0]!.range), 'calls-per-hour');
    assert.equal(config.lineAt(inConfig[0]!.range.start.line).text, '    entity: kpis/calls-per-hour');
  });

  it('in cxgov.yaml: completes rule ids under rules:, hovers a rule with its page, goes from an exception to its entry', async () => {
    const config = await vscode.workspace.openTextDocument(file('cxgov.yaml'));
    const ruleLine = positionAfter(config, 'target-without-baseline').translate(0, -3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', config.uri, ruleLine);
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /docs\/rules\/target-without-baseline\.md/);
    const entity = positionAfter(config, 'entity: kpis/calls').translate(0, -1);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', config.uri, entity);
    const target = targets[0];
    assert.ok(target, 'no definition');
    assert.equal(vscode.workspace.asRelativePath('targetUri' in target ? target.targetUri : target.uri), 'governance/kpis.yaml');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', config.uri, new vscode.Position(ruleLine.line, 2));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(labels.includes('kpi-no-owner'), labels.join(', '));
  });

  it('shows the owner\'s name beside every owner id in the completion list', async () => {
    const document = await vscode.workspace.openTextDocument(file('governance/kpis.yaml'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, positionAfter(document, '    owner: '));
    const john = list.items.find((item) => typeof item.label !== 'string' && item.label.label === 'john-smith');
    assert.ok(john && typeof john.label !== 'string', `no label details: ${JSON.stringify(list.items[0]?.label)}`);
    assert.equal(john.label.detail, ' — John Smith');
  });
});
