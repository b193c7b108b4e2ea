// The extension-host runner (`extensionTestsPath`) of the git workspace's "Compare with…" suite.
import { runSuites } from './runSuites.js';

export const run = (): Promise<void> => runSuites('compareWith.e2e.cjs');
