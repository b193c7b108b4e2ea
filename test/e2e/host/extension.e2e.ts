// Runs inside the VS Code extension host, with the real `vscode` API, in a copy of
// samples/every-rule: the extension starts its bundled language server as it would for a user.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { file, positionAfter } from './workspaceFiles.js';

const EXTENSION_ID = 'cxgov.cxgov-vscode';
/** How long a server answer may take before a test fails (a deadline, never a sleep). */
const DEADLINE_MS = 20_000;

interface StatusSnapshot {
  text: string;
  command: string;
  counts: { errors: number; warnings: number; infos: number };
}

interface CxgovApi {
  statusBar(): StatusSnapshot;
  activationMs: number;
}

/** Where the benchmark (`npm run bench`) reads the activation time: .cache/e2e/, beside this bundle's folder. */
const ACTIVATION_FILE = join(__dirname, '..', 'activation.json');

describe('cxgov extension in VS Code', () => {
  let api: CxgovApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<CxgovApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    api = await extension.activate();
    recordActivation(api.activationMs);
  });

  it('activates in a workspace that holds cxgov.yaml', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('reports the problems of a file nobody opened, with references resolved across files', async () => {
    const uri = file('governance/teams/contact-centre.yaml');
    const diagnostics = await diagnosticsOf(uri, (found) => hasCode(found, 'duplicate-id') && hasCode(found, 'unknown-reference'));
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the file was opened');
    const typo = diagnostics.find((diagnostic) => code(diagnostic) === 'unknown-reference');
    assert.equal(typo?.message, 'No owner has the id "jon-smith". Did you mean "john-smith"?');
    assert.equal(typo?.range.start.line, 9);
    assert.equal(typo?.severity, vscode.DiagnosticSeverity.Error);
    const duplicate = diagnostics.find((diagnostic) => code(diagnostic) === 'duplicate-id');
    assert.match(String(codeTarget(duplicate)), /docs\/rules\/duplicate-id\.md$/);
  });

  it('checks a source another tool writes on disk, through the file watcher the server asks for', async () => {
    const uri = file('governance/written-on-disk.yaml');
    writeFileSync(uri.fsPath, 'kpis:\n  - id: written-on-disk\n    name: A KPI nobody opened\n');
    try {
      await diagnosticsOf(uri, (found) => hasCode(found, 'kpi-no-owner'));
    } finally {
      rmSync(uri.fsPath, { force: true });
    }
    await diagnosticsOf(uri, (found) => found.length === 0);
  });

  it('completes owner ids, with their names, after "owner: "', async () => {
    const document = await vscode.workspace.openTextDocument(file('governance/kpis.yaml'));
    const position = positionAfter(document, '    owner: ');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    for (const owner of ['john-smith', 'ravi-patel', 'contact-centre', 'finance-team']) assert.ok(labels.includes(owner), `no completion for ${owner} in ${labels.join(', ')}`);
    const john = list.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'john-smith');
    assert.match(`${describeItem(john)}`, /John Smith/);
  });

  it('renames an owner id in every file that names it', async () => {
    const document = await vscode.workspace.openTextDocument(file('governance/kpis.yaml'));
    const position = positionAfter(document, '    owner: john-smith').translate(0, -2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, position, 'john-smyth');
    assert.ok(edit, 'no rename edit');
    const files = edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri));
    for (const expected of ['governance/owners.yaml', 'governance/kpis.yaml', 'governance/standards.yaml']) assert.ok(files.includes(expected), `the rename misses ${expected} (edits ${files.join(', ')})`);
    for (const [, edits] of edit.entries()) for (const change of edits) assert.equal(change.newText, 'john-smyth');
  });

  it('shows the error and warning counts in the status bar, and a click opens Problems', async () => {
    await diagnosticsOf(file('governance/kpis.yaml'), (found) => found.length > 0);
    const status = api.statusBar();
    assert.equal(status.command, 'workbench.actions.view.problems');
    assert.ok((await vscode.commands.getCommands(true)).includes(status.command), `${status.command} is not a command`);
    assert.ok(status.counts.errors > 0 && status.counts.warnings > 0, JSON.stringify(status.counts));
    assert.equal(status.text, `$(error) ${status.counts.errors} $(warning) ${status.counts.warnings} cxgov`);
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['cxgov.newProject', 'cxgov.generateHandbook', 'cxgov.previewHandbook', 'cxgov.restartServer', 'cxgov.showOutput']) assert.ok(commands.includes(command), `${command} is missing`);
  });

  it('scaffolds a new governance project through the server', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'cxgov-new-project-'));
    try {
      const result = await vscode.commands.executeCommand<{ created: string[] }>('cxgov.newProject', vscode.Uri.file(folder));
      assert.ok(result?.created.includes('cxgov.yaml'), `created ${JSON.stringify(result)}`);
      assert.ok(existsSync(join(folder, 'cxgov.yaml')) && existsSync(join(folder, 'governance')));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('generates the handbook, then previews the page of the KPI under the cursor', async () => {
    const written = await vscode.commands.executeCommand<{ folder: string; pages: string[] }>('cxgov.generateHandbook');
    assert.ok(written, 'no handbook was written');
    assert.ok(written.pages.some((page) => page.endsWith('kpis.md')), `pages: ${written.pages.join(', ')}`);
    assert.ok(existsSync(join(written.folder, 'index.md')));

    const document = await vscode.workspace.openTextDocument(file('governance/kpis.yaml'));
    const editor = await vscode.window.showTextDocument(document);
    const cursor = positionAfter(document, 'id: average-handle-time');
    editor.selection = new vscode.Selection(cursor, cursor);
    const preview = tabOpened((tab) => /kpis\.md/.test(tab.label) && tab.input instanceof vscode.TabInputWebview);
    const result = await vscode.commands.executeCommand<{ page: { file: string; anchor?: string } }>('cxgov.previewHandbook');
    assert.match(result?.page.file ?? '', /kpis\.md$/);
    assert.equal(result?.page.anchor, 'average-handle-time');
    await preview;
  });

  it('restarts the server, which reports the problems again', async () => {
    await vscode.commands.executeCommand('cxgov.restartServer');
    await diagnosticsOf(file('governance/teams/contact-centre.yaml'), (found) => hasCode(found, 'duplicate-id'));
    assert.doesNotMatch(api.statusBar().text, /circle-slash/);
  });
});

/** Saves the activation time the extension measured, for the benchmark. */
function recordActivation(activationMs: number): void {
  assert.equal(typeof activationMs, 'number', 'the extension API has no activationMs');
  mkdirSync(join(ACTIVATION_FILE, '..'), { recursive: true });
  writeFileSync(ACTIVATION_FILE, `${JSON.stringify({ activationMs, measuredAt: new Date().toISOString(), vscode: vscode.version }, null, 2)}\n`);
}

function code(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

function codeTarget(diagnostic: vscode.Diagnostic | undefined): string | undefined {
  return typeof diagnostic?.code === 'object' ? diagnostic.code.target.toString() : undefined;
}

function hasCode(diagnostics: readonly vscode.Diagnostic[], rule: string): boolean {
  return diagnostics.some((diagnostic) => code(diagnostic) === rule);
}

function describeItem(item: vscode.CompletionItem | undefined): string {
  if (!item) return '';
  const label = typeof item.label === 'string' ? '' : `${item.label.detail ?? ''} ${item.label.description ?? ''}`;
  const documentation = typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? '');
  return `${label} ${item.detail ?? ''} ${documentation}`;
}

/** Resolves when a tab for which `matches` holds is open (now or later); fails after the deadline. */
function tabOpened(matches: (tab: vscode.Tab) => boolean): Promise<vscode.Tab> {
  const find = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find(matches);
  return new Promise((resolve, reject) => {
    const done = (tab: vscode.Tab) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(tab);
    };
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = find();
      if (tab) done(tab);
    });
    const timer = setTimeout(() => {
      listener.dispose();
      const open = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
      reject(new Error(`no such tab within ${DEADLINE_MS / 1000} s; open: ${open.join(', ')}`));
    }, DEADLINE_MS);
    const tab = find();
    if (tab) done(tab);
  });
}

/**
 * The cxgov diagnostics of `uri` once `ready` holds for them: checked now and again on every
 * change of that file's diagnostics; fails after the deadline with what was there.
 */
function diagnosticsOf(uri: vscode.Uri, ready: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'cxgov');
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = current();
      if (!ready(diagnostics)) return;
      finish();
      resolve(diagnostics);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`no matching diagnostics for ${vscode.workspace.asRelativePath(uri)} within ${DEADLINE_MS / 1000} s; found: ${current().map((d) => `${code(d)} ${d.message}`).join(' | ') || 'none'}`));
    }, DEADLINE_MS);
    const finish = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}
