import { appendFileSync, readFileSync, existsSync } from 'node:fs';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

// Given to a process with `--import` (it runs in its worker threads too): appends the path of every
// file the process opens with `fs.openSync` or `fs.promises.open` to CXGOV_RECORD_OPENS, one per line.
const record = process.env.CXGOV_RECORD_OPENS;
if (record) {
  const { openSync } = fs;
  const { open } = fs.promises;
  const note = (path: unknown) => {
    if (typeof path === 'string' && path !== record) appendFileSync(record, `${path}\n`);
  };
  fs.openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    note(path);
    return (openSync as (...args: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync;
  fs.promises.open = ((path: fs.PathLike, ...rest: unknown[]) => {
    note(path);
    return (open as (...args: unknown[]) => Promise<fs.promises.FileHandle>)(path, ...rest);
  }) as typeof fs.promises.open;
  syncBuiltinESMExports();
}

/** The environment that makes a node process record the files it opens into `file`. */
export function recordingOpens(file: string): NodeJS.ProcessEnv {
  return { CXGOV_RECORD_OPENS: file, NODE_OPTIONS: `--import ${new URL('./recordOpens.js', import.meta.url).href}` };
}

/** The paths a recording process opened. */
export function recordedOpens(file: string): string[] {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}
