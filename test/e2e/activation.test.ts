// Where the extension starts, and what it says at start, in a real VS Code (code-server and
// headless chromium, as in vscode.test.ts): a Kubernetes-only workspace, governance YAML without a
// project, and a project (its start-up, restart and log). The extension is loaded from the
// repository's build (extensionDevelopmentPath).
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.js';
import { CodeServer } from './codeServer.js';
import { explorerMenu, explorerRow, logLevelListHas, waitForCommand } from './explorerMenu.js';
import { runHostSuite } from './hostSuite.js';
import { packageExtension } from './package.js';
import { RESULTS_DIR, SAMPLES_DIR } from './paths.js';
import { requireTools } from './paths.js';
import { openFile } from './workbench.js';

const KUBERNETES = {
  'deploy/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n',
  'chart/values.yaml': 'replicaCount: 2\nimage:\n  repository: web\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
};
const GOVERNANCE_WITHOUT_PROJECT = {
  ...KUBERNETES,
  'team/governance/kpis.yaml': 'kpis:\n  - id: nps\n    name: Net promoter score\n    owner: nobody-yet\n',
};
const NEW_PROJECT = 'New governance project';

describe('where the extension starts, and what it says (code-server, headless chromium)', function () {
  this.timeout(120_000);
  const temporary: string[] = [];
  let server: CodeServer | undefined;
  let browser: Browser | undefined;

  before(async function () {
    requireTools(this);
    // The UI checks use the packaged extension, as a user installs it; the extension-host suites
    // load the build (extensionDevelopmentPath), which takes its place.
    const vsix = packageExtension().file;
    [server, browser] = await Promise.all([CodeServer.start({ vsix }), launchBrowser()]);
  });

  after(async () => {
    await Promise.all([browser?.close(), server?.stop()]);
    temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('stays inactive in a workspace with only Kubernetes YAML (extension host)', async () => {
    await hostSuite('kubernetesRunner', workspace(KUBERNETES));
  });

  it('says "no project" for governance YAML without cxgov.yaml, and creates only cxgov.yaml (extension host)', async () => {
    await hostSuite('noProjectRunner', workspace(GOVERNANCE_WITHOUT_PROJECT));
  });

  it('says "starting…" until the first check, restarts quietly and logs its start-up (extension host, log file)', async () => {
    const project = workspace({});
    cpSync(join(SAMPLES_DIR, 'every-rule'), project, { recursive: true });
    await hostSuite('lifecycleRunner', project);
    const log = readFileSync(newestFile(server!.home, 'cxgov.log'), 'utf8');
    const startups = log.split('\n').filter((line) => /\[info\] cxgov-language-server \d+\.\d+\.\d+: 1 project, \d+ sources, checked in \d+ ms$/.test(line));
    assert.equal(startups.length, 2, `one start-up line per start (then the restart):\n${log}`);
    assert.doesNotMatch(log, /\[error\]|exited with code/, log);
  });

  it('offers to create cxgov.yaml, shows the explorer entry only outside projects, and lists its log level (UI)', async () => {
    const folder = workspace(GOVERNANCE_WITHOUT_PROJECT);
    const { page, console: lines } = await openPage(browser!);
    const failed = async (error: Error): Promise<never> => {
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, 'no-project-failed.png') }).catch(() => undefined);
      throw new Error(`${error.message} (screenshot: test-results/no-project-failed.png)\n${lines.join('\n')}`);
    };
    await page.goto(server!.workbench(folder));
    await explorerRow(page, 'team').waitFor({ timeout: 30_000 }).catch(failed);
    await openFile(page, 'kpis.yaml', 30_000).catch(failed);
    await page.getByRole('button', { name: /^cxgov: no project/ }).waitFor({ timeout: 30_000 }).catch(failed);
    const offer = page.locator('.notification-toast', { hasText: 'looks like CX governance YAML' });
    await offer.waitFor({ timeout: 30_000 }).catch(failed);
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: join(RESULTS_DIR, 'no-project.png') });
    assert.ok((await explorerMenu(page, 'team', 30_000).catch(failed)).includes(NEW_PROJECT), 'no menu entry on a folder outside any project');

    await offer.getByRole('button', { name: 'Create cxgov.yaml' }).click();
    await page.getByRole('button', { name: /^cxgov: \d+ errors?, \d+ warnings?/ }).waitFor({ timeout: 30_000 }).catch(failed);
    assert.match(readFileSync(join(folder, 'team/cxgov.yaml'), 'utf8'), /^name: /m);
    // The entry has gone from the project's folder, and stays on folders outside it.
    await explorerRow(page, 'cxgov.yaml').waitFor({ timeout: 30_000 }).catch(failed);
    assert.ok(!(await explorerMenu(page, 'team', 30_000).catch(failed)).includes(NEW_PROJECT), 'a menu entry on a project folder');
    assert.ok((await explorerMenu(page, 'deploy', 30_000).catch(failed)).includes(NEW_PROJECT), 'no menu entry on a folder outside the project');
    assert.ok(await logLevelListHas(page, 'cxgov', 30_000).catch(failed), '"Developer: Set Log Level" does not list cxgov');
    await page.close();
  });

  it('adds nothing to the explorer menu in a workspace with only Kubernetes YAML (UI)', async () => {
    const { page, console: lines } = await openPage(browser!);
    await page.goto(server!.workbench(workspace(KUBERNETES)));
    const failed = async (error: Error): Promise<never> => {
      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: join(RESULTS_DIR, 'kubernetes-menu-failed.png') }).catch(() => undefined);
      throw new Error(`${error.message} (screenshot: test-results/kubernetes-menu-failed.png)\n${lines.join('\n')}`);
    };
    // The extension is installed, not activated: its menus would be there once the palette lists its commands.
    await explorerRow(page, 'deploy').waitFor({ timeout: 30_000 }).catch(failed);
    await waitForCommand(page, `cxgov: ${NEW_PROJECT}`, 30_000).catch(failed);
    const labels = await explorerMenu(page, 'deploy', 30_000).catch(failed);
    await page.close();
    assert.ok(!labels.includes(NEW_PROJECT), labels.join(', '));
  });

  function hostSuite(runner: string, folder: string): Promise<void> {
    return runHostSuite(server!, browser!, runner, folder);
  }

  /** A throw-away workspace with these files. */
  function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'cxgov-e2e-activation-'));
    temporary.push(dir);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
});

/** The newest file named `name` under `dir` (each window writes its own logs); fails when there is none. */
function newestFile(dir: string, name: string): string {
  const found = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name === name)
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  if (found.length === 0) throw new Error(`no ${name} under ${dir}`);
  return found[found.length - 1]!;
}
