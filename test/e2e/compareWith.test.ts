// "cxgov: Compare with…" in a real VS Code (code-server and headless chromium): the extension-host
// suite runs the command in a git repository whose working tree lowers a committed target.
import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { GitRepository } from '../diff/gitRepository.js';
import { launchBrowser } from './browser.js';
import { CodeServer } from './codeServer.js';
import { runHostSuite } from './hostSuite.js';
import { requireTools, SAMPLES_DIR } from './paths.js';

describe('Compare with… (code-server, headless chromium)', function () {
  this.timeout(120_000);
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let repository: GitRepository | undefined;

  before(async function () {
    requireTools(this);
    [server, browser] = await Promise.all([CodeServer.start(), launchBrowser()]);
  });

  after(async () => {
    await Promise.all([browser?.close(), server?.stop()]);
    repository?.cleanup();
  });

  it('shows the review of the working tree against HEAD (extension host)', async () => {
    repository = new GitRepository();
    cpSync(join(SAMPLES_DIR, 'wow-retail'), repository.root, { recursive: true });
    repository.commit('The team agrees its governance');
    const kpis = join(repository.root, 'governance/kpis.yaml');
    const text = readFileSync(kpis, 'utf8');
    const lowered = text.replace(/(id: first-contact-resolution[\s\S]*?target:\s*\n\s*value:) 88/, '$1 80');
    assert.notEqual(lowered, text);
    writeFileSync(kpis, lowered);
    await runHostSuite(server!, browser!, 'compareWithRunner', repository.root);
  });
});
