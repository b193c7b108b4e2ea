// Runs inside the VS Code extension host, in a governance project: what the status bar says while
// the language server starts and restarts (the outer test reads the log it leaves).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, statusWhen, type CxgovApi } from './hostEvents.js';

describe('cxgov starting and restarting', () => {
  let api: CxgovApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<CxgovApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
  });

  it('shows the counts once the first check is done', async () => {
    const status = await statusWhen(api, (now) => now.state !== 'starting');
    assert.equal(status.state, 'checked');
    assert.match(status.text, /^\$\(error\) \d+ \$\(warning\) \d+ cxgov$/);
  });

  it('says "starting…" from a restart to the first check, never "not running" or counts in between', async () => {
    const seen: string[] = [];
    const texts: string[] = [];
    const listener = api.onDidChangeStatus((status) => texts.push(status.text));
    const checked = statusWhen(api, (now) => now.state === 'checked' && seen.includes('starting'), seen);
    await vscode.commands.executeCommand('cxgov.restartServer');
    await checked;
    listener.dispose();
    assert.deepEqual(
      seen.filter((state, i) => state !== seen[i - 1]),
      ['checked', 'starting', 'checked'],
    );
    assert.equal(texts[0], '$(sync~spin) cxgov: starting…');
  });
});
