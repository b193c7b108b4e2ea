// Runs inside the VS Code extension host, in a workspace with governance YAML
// (team/governance/kpis.yaml) that no cxgov.yaml makes a project, beside Kubernetes YAML.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { diagnosticsWhen, EXTENSION_ID, ruleOf, serverProcesses, statusWhen, workspaceFile, type CxgovApi } from './hostEvents.js';

describe('cxgov where governance YAML has no project', () => {
  let api: CxgovApi;

  before(() => {
    const extension = vscode.extensions.getExtension<CxgovApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    // Activated by the workspace's governance files, before the tests ran: nothing here activates it.
    assert.equal(extension.isActive, true, 'the governance files did not activate the extension');
    api = extension.exports;
  });

  it('starts no language server and shows no status while no governance file is open', async () => {
    const status = await statusWhen(api, (now) => now.state !== 'starting');
    assert.equal(status.state, 'hidden');
    assert.equal(status.visible, false);
    assert.deepEqual(serverProcesses(), []);
  });

  it('says "no project", not a count, while a governance file is the active editor', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('team/governance/kpis.yaml')));
    const status = await statusWhen(api, (now) => now.state === 'noProject');
    assert.equal(status.text, '$(info) cxgov: no project');
    assert.equal(status.command, 'cxgov.newProject');
    assert.ok(status.visible);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('deploy/service.yaml')));
    await statusWhen(api, (now) => now.state === 'hidden' && !now.visible);
    assert.deepEqual(serverProcesses(), []);
  });

  it('writes only cxgov.yaml above governance/ when asked, then starts the server and checks the files that were there', async () => {
    const kpis = workspaceFile('team/governance/kpis.yaml');
    const before = readFileSync(kpis.fsPath, 'utf8');
    const seen: string[] = [];
    const checked = statusWhen(api, (now) => now.state === 'checked', seen);
    const result = await vscode.commands.executeCommand<{ created: string[] }>('cxgov.newProject', workspaceFile('team'), { configOnly: true, include: [] });
    assert.deepEqual(result?.created, ['cxgov.yaml']);
    assert.ok(existsSync(workspaceFile('team/cxgov.yaml').fsPath));
    assert.ok(!existsSync(workspaceFile('team/governance/owners.yaml').fsPath), 'the sample sources were written too');
    assert.equal(readFileSync(kpis.fsPath, 'utf8'), before);
    const diagnostics = await diagnosticsWhen(kpis, (found) => found.some((diagnostic) => ruleOf(diagnostic) === 'unknown-reference'));
    assert.ok(diagnostics.length > 0);
    await checked;
    assert.ok(!seen.includes('stopped'), `status went ${seen.join(' → ')}`);
    assert.equal(serverProcesses().length, 1);
  });
});
