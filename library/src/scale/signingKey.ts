import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { readRegularFileSync } from '../util/regularFile.js';
import { removeQuietly } from './cacheFile.js';

const KEY_BYTES = 32;

/** Keys already read in this process, by file (tests switch the user cache folder between calls). */
const known = new Map<string, Buffer>();

/**
 * Where this user's cache signing key lives: in the user cache folder (`$XDG_CACHE_HOME/cxgov`,
 * else `~/.cache/cxgov`, `%LOCALAPPDATA%\cxgov` on Windows), never in a repository, so that a
 * cache someone commits cannot carry a valid signature.
 */
export function signingKeyFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and to be ignored.
  if (xdg && isAbsolute(xdg)) return join(xdg, 'cxgov', 'signing-key');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'cxgov', 'signing-key');
  const home = homedir();
  return home ? join(home, '.cache', 'cxgov', 'signing-key') : undefined;
}

/**
 * This user's secret key for signing cache files: read, or made (random, mode 600) on first use.
 * Undefined when there is no place to keep one: the cache then stays cold, lint is unchanged.
 */
export function signingKey(file = signingKeyFile()): Buffer | undefined {
  if (!file) return undefined;
  let key = known.get(file);
  if (!key) {
    key = readKey(file) ?? makeKey(file);
    if (key) known.set(file, key);
  }
  return key;
}

function readKey(file: string): Buffer | undefined {
  try {
    const key = readRegularFileSync(file);
    return key.length === KEY_BYTES ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A new key, written whole or not at all. Two runs making one at once each sign with their own
 * key once; the loser's cache then fails to verify and is simply rebuilt.
 */
function makeKey(file: string): Buffer | undefined {
  const key = randomBytes(KEY_BYTES);
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // 'wx' never writes through a file or link already there.
    writeFileSync(temporary, key, { flag: 'wx', mode: 0o600 });
    renameSync(temporary, file);
    return key;
  } catch {
    removeQuietly(temporary);
    return undefined;
  }
}
