// The extension-host runner (`extensionTestsPath`) of the lifecycle workspace's suite.
import { runSuites } from './runSuites.js';

export const run = (): Promise<void> => runSuites('lifecycle.e2e.cjs');
