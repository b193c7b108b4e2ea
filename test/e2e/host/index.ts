// The test runner VS Code loads in the extension host (`extensionTestsPath`) for a workspace with
// a project: mocha 11, because mocha 12 is ESM-only and `new Mocha()` fails there.
import { runSuites } from './runSuites.js';

/** Runs the suites; rejects when a test fails, which the workbench turns into a non-zero exit. */
export const run = (): Promise<void> => runSuites('extension.e2e.cjs', 'cxgovYaml.e2e.cjs', 'idWords.e2e.cjs');
