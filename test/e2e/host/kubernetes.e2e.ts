// Runs inside the VS Code extension host, in a workspace with only Kubernetes, Helm and CI YAML:
// cxgov must stay out of the way there.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, serverProcesses, workspaceFile } from './hostEvents.js';

describe('cxgov in a workspace with only Kubernetes YAML', () => {
  it('stays inactive when its YAML is opened: no language server, no status bar item', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    for (const path of ['deploy/service.yaml', 'chart/values.yaml']) {
      // Opening a YAML document is what activated the extension before (onLanguage:yaml); the
      // second document's round trips give that activation, were it asked for, the time to finish.
      const document = await vscode.workspace.openTextDocument(workspaceFile(path));
      await vscode.window.showTextDocument(document);
      assert.equal(document.languageId, 'yaml');
    }
    assert.equal(extension.isActive, false, 'the extension activated');
    assert.deepEqual(serverProcesses(), []);
  });
});
