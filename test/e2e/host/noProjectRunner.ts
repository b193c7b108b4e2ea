// The extension-host runner (`extensionTestsPath`) of the noProject workspace's suite.
import { runSuites } from './runSuites.js';

export const run = (): Promise<void> => runSuites('noProject.e2e.cjs');
