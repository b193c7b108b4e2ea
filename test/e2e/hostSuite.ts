import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { openPage, runExtensionTests } from './browser.js';
import type { CodeServer } from './codeServer.js';
import { bundleHostSuite } from './hostBundle.js';
import { EXTENSION_DIR } from './paths.js';

/** Runs a runner of test/e2e/host in a workspace folder, with the extension loaded from the repository; fails when a test there fails. */
export async function runHostSuite(server: CodeServer, browser: Browser, runner: string, folder: string): Promise<void> {
  const payload: [string, string][] = [
    ['extensionDevelopmentPath', server.remoteUri(EXTENSION_DIR)],
    ['extensionTestsPath', server.remoteUri(await bundleHostSuite(runner))],
  ];
  const { page, console: lines } = await openPage(browser);
  const code = await runExtensionTests(page, server.workbench(folder, payload), 90_000).catch((error: Error) => {
    throw new Error(`${error.message}\n${lines.join('\n')}\n--- code-server log ---\n${server.log()}`);
  });
  console.log(lines.filter((line) => /^\[host\] {2,}/.test(line)).map((line) => `    ${line.slice('[host] '.length)}`).join('\n'));
  await page.close();
  assert.equal(code, 0, `the extension tests failed:\n${lines.join('\n')}`);
}
