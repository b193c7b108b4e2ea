import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The script that lists the library's import circles (scripts/import-cycles.mjs). */
const SCRIPT = fileURLToPath(new URL('../../scripts/import-cycles.mjs', import.meta.url));

interface Circles {
  folderCycles: string[][];
  handbookCycles: string[][];
}

function circles(): Circles {
  const run = spawnSync(process.execPath, [SCRIPT, '--json'], { encoding: 'utf8' });
  assert.equal(run.stderr, '');
  return JSON.parse(run.stdout) as Circles;
}

describe('architecture: stages import downward only', () => {
  const found = circles();

  it('has no import circle between two folders of library/src', () => {
    assert.deepEqual(found.folderCycles, [], 'run `node scripts/import-cycles.mjs --why` to see the imports that make each circle');
  });

  it('has no import circle between the files of library/src/handbook', () => {
    assert.deepEqual(found.handbookCycles, []);
  });
});
