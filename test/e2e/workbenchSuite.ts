import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { CodeServer } from './codeServer.js';
import { packageExtension } from './package.js';
import { requireTools, SAMPLES_DIR } from './paths.js';

/** What a suite of UI checks in a real VS Code works with, once its `before` hook has run. */
export interface Workbench {
  server: CodeServer;
  browser: Browser;
  /** A throw-away copy of a sample, so that nothing a test or the workbench does touches the repository. */
  sample(name: string): string;
}

/**
 * Registers the hooks of a suite that drives a real VS Code: code-server with the packaged .vsix
 * installed and Debian's headless chromium, started once for the suite (skipped where the tools are
 * missing, failed in CI), and every sample copy removed at the end.
 */
export function workbenchSuite(): Workbench {
  const temporary: string[] = [];
  const workbench = {} as Workbench;
  before(async function () {
    requireTools(this);
    [workbench.server, workbench.browser] = await Promise.all([CodeServer.start({ vsix: packageExtension().file }), launchBrowser()]);
  });
  after(async () => {
    await workbench.browser?.close();
    await workbench.server?.stop();
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });
  workbench.sample = (name) => {
    const dir = mkdtempSync(join(tmpdir(), `cxgov-e2e-${name}-`));
    temporary.push(dir);
    cpSync(join(SAMPLES_DIR, name), dir, { recursive: true });
    return dir;
  };
  return workbench;
}
