import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { readRegularFileSync } from '../../util/regularFile.js';
import { HandbookFolderError, plainError } from './errors.js';
import { removeFile } from './folderEntry.js';
import { tempPathFor } from './pageFile.js';
import { isProcessAlive } from './processAlive.js';

/** The lock file a run holds in the handbook folder while it writes. */
export const LOCK_FILE = '.cxgov-handbook.lock';

// Another run writes a handful of pages under the lock: seconds at most. Past this, say who holds it.
const WAIT_MS = 30_000;

interface Owner {
  pid: number;
  host: string;
  started: string;
  /** Tells this run's lock from an older one of the same pid (pids are reused; the editor's server writes twice). */
  token: string;
}

/** The tokens of the locks this process holds, so that it never takes its own lock for a stale one. */
const held = new Set<string>();

/**
 * Takes the folder's lock, waiting (bounded, polling with backoff) while another run holds it.
 * The lock is a file created whole and exclusively (a complete temp file hard-linked to the lock
 * name, which fails if the name exists), holding the owner's pid, host and start time. A lock
 * whose pid no longer runs on this host is stale (a killed run) and is taken over. Returns the
 * function that releases it.
 */
export async function lockFolder(folder: string): Promise<() => void> {
  const path = join(folder, LOCK_FILE);
  const owner: Owner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + WAIT_MS;
  for (let wait = 10; ; wait = Math.min(wait * 2, 250)) {
    if (tryCreate(path, owner)) {
      held.add(owner.token);
      return () => release(path, owner.token);
    }
    const current = readOwner(path);
    if (current === 'gone') continue;
    if (isStale(current)) {
      breakStale(path, current);
      continue;
    }
    if (Date.now() > deadline) {
      const who = current === 'unknown' ? 'another program' : `cxgov (pid ${current.pid} on ${current.host}, since ${current.started})`;
      throw new HandbookFolderError(`${who} is writing ${folder}; waited ${WAIT_MS / 1000} s. If no cxgov runs, delete ${path}.`);
    }
    await pause(wait);
  }
}

function tryCreate(path: string, owner: Owner): boolean {
  const temp = tempPathFor(path);
  try {
    writeFileSync(temp, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOENT') return false;
    throw plainError(path, error);
  } finally {
    removeFile(temp);
  }
}

function readOwner(path: string): Owner | 'gone' | 'unknown' {
  let text;
  try {
    if (!lstatSync(path).isFile()) throw new HandbookFolderError(`${path} is not a lock file cxgov wrote (not a regular file); remove it.`);
    text = readRegularFileSync(path).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    const owner = JSON.parse(text) as Owner;
    if (Number.isSafeInteger(owner.pid) && typeof owner.host === 'string' && typeof owner.token === 'string' && typeof owner.started === 'string') return owner;
  } catch {
    // Not JSON: not a lock of cxgov's.
  }
  return 'unknown';
}

// cxgov writes its locks whole, so one it cannot read was not written by a running cxgov.
function isStale(owner: Owner | 'unknown'): boolean {
  if (owner === 'unknown') return true;
  if (held.has(owner.token)) return false;
  if (owner.host !== hostname()) return false;
  return owner.pid === process.pid || !isProcessAlive(owner.pid);
}

/**
 * Removes a stale lock without removing a fresh one another run took meanwhile: the lock is first
 * renamed to a name of this run's, then checked; a lock that turns out not to be the stale one is
 * put back (link fails if yet another run took the name, and that run holds the lock then).
 */
function breakStale(path: string, stale: Owner | 'unknown'): void {
  const aside = tempPathFor(path);
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw plainError(path, error);
  }
  try {
    const moved = readOwner(aside);
    const same = moved === stale || (typeof moved === 'object' && typeof stale === 'object' && moved.token === stale.token);
    if (!same) linkSync(aside, path);
  } catch {
    // Another run holds the lock now; this run waits for it.
  } finally {
    removeFile(aside);
  }
}

function release(path: string, token: string): void {
  held.delete(token);
  const owner = readOwnerQuietly(path);
  if (typeof owner === 'object' && owner.token === token) removeFile(path);
}

function readOwnerQuietly(path: string): Owner | 'gone' | 'unknown' {
  try {
    return readOwner(path);
  } catch {
    return 'unknown';
  }
}
