// An untitled YAML buffer (never saved) that holds cxgov sections is checked as you type against
// the workspace's project, as if it were one of its sources; with no single project to check
// against, it gets what it shows alone and one notice that says how to check its references.
// Closing it clears its diagnostics; other YAML in untitled buffers is left alone.
import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../helpers/lspClient.js';
import { lintFiles, tempProject } from '../helpers/tempProject.js';
import { cleanProject, OWNERS, startSession, type Session } from './featureProject.js';

const UNTITLED = 'untitled:Untitled-1';
/** A KPI typed into a new buffer: owner and pillar from the project, one unknown owner, one bad enum value. */
const NEW_KPI = `kpis:
  - id: repeat-contact-rate
    name: Repeat contact rate
    description: Customers who had to contact us again about the same thing.
    owner: sam-rivera
    supports: [effortless]
    category: outcome
    unit: percent
    direction: sideways
    status: draft
`;
/** A buffer that trips rules of every scope: a duplicate of a project's KPI, unknown ids, a guardrail-less efficiency KPI, a disable comment. */
const MANY_RULES = `kpis:
  - id: customer-effort-score
    name: Effort again
    owner: support-lead
    supports: [effortless]
    category: efficiency
    unit: seconds
    direction: decrease
    status: active
  - id: handle-time
    name: Handle time
    owner: nobody
    supports: [speedy]
    category: efficiency
    unit: seconds
    direction: decrease
    # cxgov-disable-next-line target-without-baseline -- no target yet
    status: active
`;
const KUBERNETES = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n';

/** Each diagnostic as `rule line` (1-based), sorted. */
const seen = (diagnostics: readonly Diagnostic[] | undefined) => (diagnostics ?? []).map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line + 1}`).sort();

function openUntitled(client: LspClient, uri: string, text: string): Promise<void> {
  return client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
}

/** Waits until a URI has diagnostics that satisfy `check`. */
async function diagnosticsAt(client: LspClient, uri: string, check: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
  await client.until(() => client.diagnostics.has(uri) && check(client.diagnostics.get(uri)!));
  return client.diagnostics.get(uri)!;
}

describe('server: an untitled buffer with cxgov sections', () => {
  describe('in a workspace with one project', () => {
    let session: Session;

    beforeEach(async () => {
      session = await startSession(cleanProject());
    });

    afterEach(async () => {
      await session.stop();
    });

    it('gets schema and reference diagnostics against the project, at their lines', async () => {
      await openUntitled(session.client, UNTITLED, NEW_KPI);
      const diagnostics = await diagnosticsAt(session.client, UNTITLED);
      assert.deepEqual(seen(diagnostics), ['schema 9', 'unknown-reference 5']);
      assert.match(diagnostics.find((diagnostic) => diagnostic.code === 'unknown-reference')!.message, /sam-rivera/);
      // The project's own files are not touched by a buffer that is not one of its sources.
      for (const file of ['mission', 'owners', 'kpis', 'standards']) assert.deepEqual(session.client.diagnostics.get(session.uri(`governance/${file}.yaml`)) ?? [], [], file);
    });

    it('agrees with cxgov lint on the same text saved into the project', async () => {
      await openUntitled(session.client, UNTITLED, MANY_RULES);
      const diagnostics = await diagnosticsAt(session.client, UNTITLED);
      const linted = (await lintFiles(cleanProject({ 'governance/new.yaml': MANY_RULES }))).filter((problem) => problem.file === 'governance/new.yaml');
      assert.ok(linted.length >= 4, JSON.stringify(linted));
      assert.deepEqual(
        diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}`).sort(),
        linted.map((problem) => `${problem.rule} ${problem.line}:${problem.column}`).sort(),
      );
    });

    it('is checked again as it is typed, and cleared when it closes', async () => {
      await openUntitled(session.client, UNTITLED, NEW_KPI);
      await diagnosticsAt(session.client, UNTITLED, (diagnostics) => diagnostics.length === 2);
      await session.client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: UNTITLED, version: 2 },
        contentChanges: [{ text: NEW_KPI.replace('sam-rivera', 'support-lead') }],
      });
      assert.deepEqual(seen(await diagnosticsAt(session.client, UNTITLED, (diagnostics) => diagnostics.length === 1)), ['schema 9']);
      await session.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: UNTITLED } });
      await diagnosticsAt(session.client, UNTITLED, (diagnostics) => diagnostics.length === 0);
    });

    it('follows the project: an owner typed into owners.yaml (unsaved) resolves the buffer\'s reference', async () => {
      await openUntitled(session.client, UNTITLED, NEW_KPI);
      await diagnosticsAt(session.client, UNTITLED, (diagnostics) => diagnostics.length === 2);
      const owners = session.path('governance/owners.yaml');
      await session.client.open(owners, OWNERS);
      await session.client.change(owners, `${OWNERS}  - id: sam-rivera\n    name: Sam Rivera\n    type: person\n`, 2);
      assert.deepEqual(seen(await diagnosticsAt(session.client, UNTITLED, (diagnostics) => diagnostics.length === 1)), ['schema 9']);
    });

    it('other requests on the buffer answer without failing', async () => {
      await openUntitled(session.client, UNTITLED, NEW_KPI);
      const diagnostics = await diagnosticsAt(session.client, UNTITLED);
      const textDocument = { uri: UNTITLED };
      const position = { line: 4, character: 12 };
      const range = { start: position, end: position };
      for (const [method, params] of [
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/definition', { textDocument, position }],
        ['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/codeLens', { textDocument }],
        ['textDocument/codeAction', { textDocument, range, context: { diagnostics } }],
      ] as const) {
        await session.client.connection.sendRequest(method, params);
      }
      assert.ok(session.client.alive);
      assert.doesNotMatch(session.client.logs.join(''), /failed|Error/);
    });

    it('leaves an untitled buffer of other YAML alone', async () => {
      await openUntitled(session.client, 'untitled:Untitled-2', KUBERNETES);
      await openUntitled(session.client, UNTITLED, NEW_KPI);
      await diagnosticsAt(session.client, UNTITLED);
      assert.equal(session.client.diagnostics.get('untitled:Untitled-2'), undefined);
    });
  });

  describe('with no single project to check against', () => {
    for (const [name, files] of [
      ['no project', { 'notes/readme.yaml': 'title: notes\n' }],
      ['two projects', { 'a/cxgov.yaml': 'name: A\n', 'a/governance/owners.yaml': 'owners: []\n', 'b/cxgov.yaml': 'name: B\n', 'b/governance/owners.yaml': 'owners: []\n' }],
    ] as const) {
      it(`${name}: what the buffer shows alone, and one notice to save it into a project`, async () => {
        const { root, cleanup } = tempProject(files);
        const client = new LspClient();
        try {
          await client.start(root);
          await openUntitled(client, UNTITLED, NEW_KPI);
          const diagnostics = await diagnosticsAt(client, UNTITLED);
          assert.deepEqual(seen(diagnostics), ['no-project 1', 'schema 9']);
          assert.match(diagnostics.find((diagnostic) => diagnostic.code === 'no-project')!.message, /[Ss]ave .*into a cxgov project to check (its )?references/);
        } finally {
          await client.stop();
          cleanup();
        }
      });
    }
  });
});
