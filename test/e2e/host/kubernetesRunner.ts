// The extension-host runner (`extensionTestsPath`) of the kubernetes workspace's suite.
import { runSuites } from './runSuites.js';

export const run = (): Promise<void> => runSuites('kubernetes.e2e.cjs');
