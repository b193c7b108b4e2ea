// sources.maxFileSize: a source over the limit is one problem at its first line, the same from the
// in-process reader, the worker threads and the cache; the limit is set in bytes or with a unit.
import assert from 'node:assert/strict';
import { lint } from 'cxgov';
import { LeanSource } from 'cxgov/internal';
import { lintFiles, MINIMAL_CONFIG, tempProject, type SeenProblem } from '../helpers/tempProject.js';

const OWNERS = 'owners:\n  - id: head-of-cx\n    name: Head of CX\n    type: role\n';
/** A source of exactly `bytes` bytes: a value with a misspelt field (a problem at 4:5 once read), then comments. */
function sourceOf(bytes: number): string {
  const head = 'values:\n  - id: care\n    name: Care\n    descripton: We look after people.\n    behaviours: [Ask how the customer is]\n';
  const line = '# a comment that makes the file bigger\n';
  const body = line.repeat(Math.floor((bytes - head.length) / line.length));
  return head + body + '#'.repeat(bytes - head.length - body.length - 1) + '\n';
}

const config = (maxFileSize?: string) => (maxFileSize === undefined ? MINIMAL_CONFIG : `${MINIMAL_CONFIG}sources:\n  maxFileSize: ${maxFileSize}\n`);
const sizeProblems = (problems: SeenProblem[]) => problems.filter((p) => /over the limit/.test(p.message));

describe('sources.maxFileSize', () => {
  for (const workers of [false, true]) {
    const how = workers ? 'in worker threads' : 'in-process';
    it(`refuses a source over the limit with one problem at 1:1, and reads the others (${how})`, async () => {
      const problems = await lintFiles({ 'cxgov.yaml': config('2KB'), 'governance/owners.yaml': OWNERS, 'governance/big.yaml': sourceOf(3 * 1024) }, { workers });
      const big = problems.filter((p) => p.file === 'governance/big.yaml');
      assert.deepEqual(
        big.map((p) => `${p.rule} ${p.line}:${p.column} ${p.message}`),
        ['yaml-syntax 1:1 The file is 3KB, over the limit of 2KB for a source; split it into several files, or raise sources.maxFileSize in cxgov.yaml.'],
      );
      assert.ok(problems.some((p) => p.file === 'governance/owners.yaml' && p.rule === 'owner-unused'), 'the other sources are read');
    });
  }

  it('reads the same file under a raised limit, a plain byte count, or the default', async () => {
    for (const setting of ['4096', '"1MB"', '"8 mb"', undefined]) {
      const problems = await lintFiles({ 'cxgov.yaml': config(setting), 'governance/owners.yaml': OWNERS, 'governance/big.yaml': sourceOf(3 * 1024) });
      assert.deepEqual(
        problems.filter((p) => p.file === 'governance/big.yaml').map((p) => `${p.rule} ${p.line}:${p.column}`),
        ['schema 4:5'],
        `maxFileSize: ${setting}`,
      );
    }
  });

  it('counts bytes of UTF-8, not characters, and not the byte order mark editors hide', async () => {
    for (const workers of [false, true]) {
      const at = (text: string) => lintFiles({ 'cxgov.yaml': config('1024'), 'governance/a.yaml': text }, { workers }).then(sizeProblems);
      assert.deepEqual(await at(sourceOf(1024)), [], 'exactly at the limit');
      assert.deepEqual(await at('\ufeff' + sourceOf(1024)), [], 'at the limit, with a BOM');
      const [over] = await at(sourceOf(1025));
      assert.match(over!.message, /The file is 1025 bytes, over the limit of 1024 bytes/);
      // "é" is two bytes: 1,023 characters weigh 1,025 bytes.
      assert.equal((await at(sourceOf(1023).replace('people', 'peoplé'))).length, 0);
      assert.equal((await at(sourceOf(1024).replace('people', 'peoplé'))).length, 1);
    }
  });

  it('keeps the YAML documents of a source read in worker threads under a raised limit, for editor features', async () => {
    const { root, cleanup } = tempProject({ 'cxgov.yaml': config('3MB'), 'governance/big.yaml': sourceOf(1536 * 1024) });
    try {
      const result = await lint({ cwd: root, today: '2026-11-23', workers: true });
      const big = result.project!.index.files.find((analysis) => analysis.file.path.endsWith('big.yaml'))!;
      assert.ok(big.file instanceof LeanSource, 'read as a lean source');
      assert.equal(big.file.documents.length, 1);
      assert.equal(big.file.documents[0]!.errors.length, 0);
    } finally {
      cleanup();
    }
  });

  const invalid: [string, RegExp][] = [
    ['"lots"', /"maxFileSize" "lots" is not valid\. Write a number of bytes, or a size with a unit such as "512KB" or "8MB"\./],
    ['0', /"maxFileSize" must be at least 1 \(found 0\)\./],
    ['1.5', /"maxFileSize" should be a whole number or text, not 1\.5\./],
    ['[4MB]', /"maxFileSize" should be a whole number or text, not a list\./],
    ['"100MB"', /sources\.maxFileSize can be at most 64MB; "100MB" is more\./],
    ['100000000', /"maxFileSize" must be at most 67108864 \(found 100000000\)\./],
  ];
  for (const [setting, message] of invalid) {
    it(`reports maxFileSize: ${setting} on its line in cxgov.yaml`, async () => {
      const problems = await lintFiles({ 'cxgov.yaml': config(setting), 'governance/owners.yaml': OWNERS });
      assert.deepEqual(
        problems.map((p) => [p.rule, p.file, p.line, p.column]),
        [['config', 'cxgov.yaml', 3, 16]],
      );
      assert.match(problems[0]!.message, message);
    });
  }
});
