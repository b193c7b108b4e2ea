// The test suite ends even when a test leaves a process running that holds one of its pipes (a
// code-server helper that escaped its process group did that in CI: mocha printed its summary,
// then waited for the pipe forever). The run is the suite's own .mocharc.json on one spec.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MOCHA = createRequire(import.meta.url).resolve('mocha/bin/mocha.js');

// Orphans a `sleep` that holds the test's stdout pipe: its parent shell exits at once.
const LEAKY_SPEC = `
const { spawn } = require('node:child_process');
const { writeFileSync } = require('node:fs');
describe('a leaky test', () => {
  it('leaves a process running', (done) => {
    const shell = spawn('sh', ['-c', 'sleep 300 & echo $!'], { stdio: ['ignore', 'pipe', 'pipe'] });
    shell.stdout.once('data', (pid) => { writeFileSync(process.env.LEFTOVER_PID_FILE, String(pid).trim()); done(); });
  });
});
`;

// A killed orphan may stay a zombie until init reaps it: that is ended.
function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('test suite: a run always ends', function () {
  if (process.platform !== 'linux') return;

  it('exits after its summary and stops what a test left running, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxgov-suite-'));
    try {
      const config = JSON.parse(readFileSync(join(ROOT, '.mocharc.json'), 'utf8')) as Record<string, unknown>;
      const required = ([] as string[]).concat((config.require as string[] | string | undefined) ?? []).map((path) => join(ROOT, path));
      writeFileSync(join(dir, 'leaky.test.cjs'), LEAKY_SPEC);
      writeFileSync(join(dir, '.mocharc.json'), JSON.stringify({ ...config, ...(required.length ? { require: required } : {}), spec: [join(dir, 'leaky.test.cjs')] }));
      const pidFile = join(dir, 'leftover.pid');
      const run = spawnSync(process.execPath, [MOCHA, '--config', join(dir, '.mocharc.json')], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, LEFTOVER_PID_FILE: pidFile },
        timeout: 30_000,
      });
      const output = `${run.stdout}${run.stderr}`;
      const leftover = Number(readFileSync(pidFile, { encoding: 'utf8', flag: 'a+' })) || NaN;
      assert.ok(leftover > 0, `the leaky test did not run:\n${output}`);
      try {
        assert.equal(run.error, undefined, `the run did not end: ${run.error?.message}\n${run.stdout}${run.stderr}`);
        assert.equal(run.status, 0, run.stdout + run.stderr);
        assert.match(run.stdout, /1 passing/);
        assert.ok(!alive(leftover), 'the leftover sleep still runs');
        assert.match(run.stderr, new RegExp(`left running after the tests, stopped: ${leftover} sleep 300`));
      } finally {
        if (alive(leftover)) process.kill(leftover, 'SIGKILL');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
