// One big file typed into: the server parses only the list item an edit touches, and what it
// publishes must be what a fresh server publishes for the same text read from disk.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { serverSession } from '../helpers/serverSession.js';
import { tempProject } from '../helpers/tempProject.js';

const OWNERS = ['lead', 'team', 'helper'];

/** Every section in one file, 300 KPIs, a few problems among them. */
function bigFile(): string {
  const kpis = Array.from(
    { length: 300 },
    (_, i) =>
      `  - id: kpi-${i}\n    name: KPI ${i}\n    description: How often customers in area ${i} get what they need.\n    owner: ${i % 97 === 0 ? 'ghost' : OWNERS[i % 3]}\n    supports: [calm]\n    category: ${i % 10 === 0 ? 'outcome' : 'driver'}\n    status: active\n`,
  );
  return (
    'mission:\n  statement: Happy customers.\n  owner: lead\n  pillars:\n    - id: calm\n      name: Calm\n' +
    `owners:\n${OWNERS.map((id) => `  - id: ${id}\n    name: ${id}\n    type: person\n`).join('')}kpis:\n${kpis.join('')}`
  );
}

/** A one-line change as an editor sends it: the range of the old text, and the new. */
function lineChange(text: string, line: number, newLine: string) {
  const old = text.split('\n')[line]!;
  const lines = text.split('\n');
  lines[line] = newLine;
  return { text: lines.join('\n'), change: { range: { start: { line, character: 0 }, end: { line, character: old.length } }, text: newLine } };
}

const codesOn = (diagnostics: readonly Diagnostic[], line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.code);

describe('server: a one-line edit in a big file', function () {
  this.timeout(60_000);
  const session = serverSession();

  it('publishes what a fresh server publishes for the same text', async () => {
    const root = session.folder({ 'cxgov.yaml': 'name: one-file\n', 'governance/all.yaml': bigFile() });
    const path = join(root, 'governance/all.yaml');
    const client = session.client();
    await client.start(root);
    let text = readFileSync(path, 'utf8');
    await client.open(path, text);
    await client.diagnosticsOf(path);
    const lines = text.split('\n');
    const ownerLine = lines.indexOf('    owner: team', lines.indexOf('  - id: kpi-150'));
    const descriptionLine = lines.findIndex((line, i) => i > lines.indexOf('  - id: kpi-200') && line.startsWith('    description:'));
    // An unknown owner typed, a description cleared, a name lengthened: each one line, as typing is.
    const edits = [
      lineChange(text, ownerLine, '    owner: nobody'),
      (current: string) => lineChange(current, descriptionLine, '    description:'),
      (current: string) => lineChange(current, descriptionLine - 1, '    name: KPI two hundred'),
    ];
    let version = 1;
    for (const edit of edits) {
      const { text: next, change } = typeof edit === 'function' ? edit(text) : edit;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: fileUri(path), version: ++version }, contentChanges: [change] });
      text = next;
    }
    const typed = await client.diagnosticsOf(path, (diagnostics) => codesOn(diagnostics, ownerLine).includes('unknown-reference') && codesOn(diagnostics, descriptionLine).includes('schema'));
    // Nothing is left to publish: a request is answered after every notification before it.
    await client.connection.sendRequest('workspace/symbol', { query: 'settle' });

    const fresh = new LspClient();
    const copy = tempProject({ 'cxgov.yaml': 'name: one-file\n', 'governance/all.yaml': '' });
    try {
      writeFileSync(join(copy.root, 'governance/all.yaml'), text);
      await fresh.start(copy.root);
      const expected = await fresh.diagnosticsOf(join(copy.root, 'governance/all.yaml'));
      assert.ok(expected.length >= 5, 'the big file has problems of several kinds');
      assert.deepEqual(client.diagnostics.get(fileUri(path)) ?? typed, expected);
    } finally {
      await fresh.stop();
      copy.cleanup();
    }
  });
});
