// The test runner VS Code loads in the extension host (`extensionTestsPath`): mocha 11, because
// mocha 12 is ESM-only and `new Mocha()` fails there.
import Mocha from 'mocha';
import { join } from 'node:path';

/** Runs the suites; rejects when a test fails, which the workbench turns into a non-zero exit. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  mocha.addFile(join(__dirname, 'extension.e2e.cjs'));
  mocha.addFile(join(__dirname, 'idWords.e2e.cjs'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
