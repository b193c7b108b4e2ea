// Finds the processes a test run started and left running, however far they got from it: every
// process started during the run inherits a marker in its environment, and an orphan keeps it
// after its parent is gone (Linux: /proc/PID/environ holds the environment a process started with).
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const MARKER = 'CXGOV_TEST_RUN';

/** Marks every process started from now on as this run's; a run inside a test gets its own mark. */
export function markRun(): string {
  const mark = randomUUID();
  process.env[MARKER] = mark;
  return mark;
}

/** Kills the processes that carry `mark` and are still running; returns "PID command line" of each. */
export function stopLeftovers(mark: string): string[] {
  if (process.platform !== 'linux') return [];
  const needle = `\0${MARKER}=${mark}\0`;
  const stopped: string[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const environ = read(`/proc/${pid}/environ`);
    if (environ === undefined || !`\0${environ}`.includes(needle)) continue;
    const command = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean).join(' ');
    try {
      process.kill(pid, 'SIGKILL');
      stopped.push(`${pid} ${command}`);
    } catch {
      // It ended on its own meanwhile.
    }
  }
  return stopped;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    // Not ours to read (another user's), or gone.
    return undefined;
  }
}
