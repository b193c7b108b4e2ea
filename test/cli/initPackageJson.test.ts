import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from 'cxgov';
import { runCli } from '../helpers/runCli.js';
import { withTempProject } from '../helpers/withTempProject.js';

describe('cxgov init and package.json', () => {
  it('writes a private package.json that pins this cxgov and runs lint and handbook, so that "npx cxgov" resolves after "npm ci"', () => {
    withTempProject({}, (root) => {
      const init = runCli(['init', 'gov'], root);
      assert.equal(init.status, 0, init.stderr);
      assert.match(init.stdout, /^ {2}package\.json$/m);
      assert.deepEqual(JSON.parse(readFileSync(join(root, 'gov/package.json'), 'utf8')), {
        private: true,
        scripts: { lint: 'cxgov lint', handbook: 'cxgov handbook' },
        devDependencies: { cxgov: `^${VERSION}` },
      });
    });
  });

  it('keeps a package.json that exists, byte for byte, and says how to add cxgov to it', () => {
    const mine = '{ "name": "our-site", "dependencies": {} }\n';
    withTempProject({ 'package.json': mine }, (root) => {
      const init = runCli(['init'], root);
      assert.equal(init.status, 0, init.stderr);
      assert.equal(readFileSync(join(root, 'package.json'), 'utf8'), mine);
      assert.doesNotMatch(init.stdout, /^ {2}package\.json$/m);
      assert.match(init.stdout, /Kept the existing package\.json: add cxgov to it with "npm i -D cxgov"\./);
      assert.equal(runCli(['lint'], root).status, 0);
    });
  });
});
