// Runs suites of this folder's bundle in the extension host: the runners of the workspaces that
// need a suite of their own (a workspace without a project, say) call it.
import Mocha from 'mocha';
import { join } from 'node:path';

/** Runs the given bundled suites (`name.e2e.cjs`); rejects when a test fails. */
export function runSuites(...files: string[]): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  for (const file of files) mocha.addFile(join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension test(s) failed`)) : resolve()));
  });
}
