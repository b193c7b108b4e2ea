import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every module specifier imported by the TypeScript sources under `folder` (compiled output left out), by file. */
function importsUnder(folder: string): { file: string; specifier: string }[] {
  const found: { file: string; specifier: string }[] = [];
  for (const entry of readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !file.endsWith('.ts') || file.includes('/dist/') || file.includes('/node_modules/')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'([^']+)'/g)) found.push({ file: file.slice(ROOT.length), specifier: match[1]! });
  }
  return found;
}

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

describe('architecture: the library is used through its package entries', () => {
  it('the server imports cxgov and cxgov/editor only', () => {
    const other = importsUnder('server/src').filter(({ specifier }) => specifier.startsWith('cxgov') && !/^cxgov(\/editor)?$/.test(specifier) && !specifier.startsWith('cxgov-'));
    assert.deepEqual(other, []);
  });

  it('tests and the benchmark import no compiled library or server file by path', () => {
    const reaching = [...importsUnder('test'), ...importsUnder('bench/src')].filter(
      ({ specifier }) => /(^|\/)(library|server|cxgov|cxgov-language-server)\/(dist|src)\//.test(specifier),
    );
    assert.deepEqual(reaching, []);
  });
});
