// The same extension-host suite as the code-server check, in desktop VS Code through
// @vscode/test-electron, for machines that can download VS Code (this project's CI cannot; it
// runs the suite in code-server instead). Run with `npm run test:electron`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleHostSuite } from './hostBundle.js';
import { EXTENSION_DIR, SAMPLES_DIR } from './paths.js';

const workspace = mkdtempSync(join(tmpdir(), 'cxgov-electron-every-rule-'));
cpSync(join(SAMPLES_DIR, 'every-rule'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: EXTENSION_DIR,
    extensionTestsPath: await bundleHostSuite(),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`The extension tests failed in VS Code: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
