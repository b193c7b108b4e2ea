import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompareWithRequest, RevisionsRequest } from 'cxgov-language-server/protocol';
import { fileUri, LspClient } from '../helpers/lspClient.js';
import { GitRepository } from '../diff/gitRepository.js';

const SAMPLE = fileURLToPath(new URL('../../../samples/wow-retail/', import.meta.url));

/**
 * The editor's "Compare with…": the server compares the project's working tree with a revision as
 * `cxgov diff REVISION` does, and answers the same Markdown; it lists revisions to choose from.
 */
describe('server: compare the working tree with a revision', function () {
  this.timeout(60_000);
  let repository: GitRepository;
  let client: LspClient;
  const messages: string[] = [];

  before(async () => {
    repository = new GitRepository();
    cpSync(SAMPLE, repository.root, { recursive: true });
    repository.commit('The team agrees its governance');
    repository.git('tag', 'agreed');
    repository.commit('Handbook wording', { 'NOTES.md': 'notes\n' });
    const kpis = join(repository.root, 'governance/kpis.yaml');
    const text = readFileSync(kpis, 'utf8');
    const lowered = text.replace(/(id: first-contact-resolution[\s\S]*?target:\s*\n\s*value:) 88/, '$1 80');
    assert.notEqual(lowered, text, 'the sample has no first-contact-resolution target of 88');
    writeFileSync(kpis, lowered);
    client = new LspClient();
    client.connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
    await client.start(repository.root);
  });

  after(async () => {
    await client.stop();
    repository.cleanup();
  });

  it('answers the review of `cxgov diff` for the project of a file: a lowered target first', async () => {
    const result = await client.connection.sendRequest(CompareWithRequest, { uri: fileUri(join(repository.root, 'governance/kpis.yaml')), revision: 'HEAD' });
    assert.ok(result, messages.join('\n'));
    assert.equal(result.base, 'HEAD');
    assert.match(result.markdown, /^### cxgov: governance changes/m);
    assert.match(result.markdown, /Critical/);
    assert.match(result.markdown, /an outcome target is lowered/);
    assert.match(result.markdown, /`target\.value`/);
    assert.match(result.markdown, /`88` → `80`/);
  });

  it('compares the first project when no file is given', async () => {
    const result = await client.connection.sendRequest(CompareWithRequest, { revision: 'agreed' });
    assert.match(result?.markdown ?? '', /`88` → `80`/);
  });

  it('lists the branches, tags and recent commits to compare with', async () => {
    const revisions = await client.connection.sendRequest(RevisionsRequest, { uri: fileUri(repository.root) });
    const names = revisions.map((choice) => choice.revision);
    assert.ok(names.includes('main'), names.join(', '));
    assert.ok(names.includes('agreed'), names.join(', '));
    assert.ok(names.includes('HEAD~1'), names.join(', '));
    assert.match(revisions.find((choice) => choice.revision === 'main')!.description, /Handbook wording/);
  });

  it('says why when the revision is unknown or not a revision, and answers null', async () => {
    for (const revision of ['no-such-branch', '--output=/tmp/x', '']) {
      messages.length = 0;
      const said = new Promise<string>((resolve) => client.connection.onNotification('window/showMessage', (params: { message: string }) => resolve(params.message)));
      assert.equal(await client.connection.sendRequest(CompareWithRequest, { revision }), null, revision);
      assert.match(await said, /^cxgov: /, revision);
    }
  });
});
