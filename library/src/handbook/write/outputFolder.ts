import { lstatSync, readdirSync } from 'node:fs';
import { LOCK_FILE } from './lock.js';
import { readManifest, type Manifest } from './manifest.js';

/** What is at the output folder's path, as far as writing a handbook there is concerned. */
export type OutputFolder =
  | { state: 'absent' }
  | { state: 'empty' }
  | { state: 'ours'; manifest: Manifest }
  | { state: 'refused'; reason: string };

// A run's own lock and temporary files do not make a folder someone's.
const RUN_FILES = /\.cxgov-tmp-\d+-[0-9a-f]{8}$/;

/**
 * Whether cxgov may write a handbook at `folder`: a missing or empty folder, or one cxgov wrote
 * before (it holds a valid manifest). Anything else is someone's work, and cxgov leaves it alone.
 */
export function inspectOutputFolder(folder: string): OutputFolder {
  let stats;
  try {
    stats = lstatSync(folder);
  } catch {
    return { state: 'absent' };
  }
  if (stats.isSymbolicLink()) return { state: 'refused', reason: `${folder} is a symbolic link; give the real folder.` };
  if (!stats.isDirectory()) return { state: 'refused', reason: `${folder} is a file, not a folder.` };
  const read = readManifest(folder);
  if (read.state === 'valid') return { state: 'ours', manifest: read.manifest };
  if (read.state === 'invalid') {
    return {
      state: 'refused',
      reason: `${read.reason}. cxgov writes only to a folder it can prove it wrote; restore the file from version control, or delete it with the pages cxgov wrote.`,
    };
  }
  if (readdirSync(folder).every((name) => name === LOCK_FILE || RUN_FILES.test(name))) return { state: 'empty' };
  return {
    state: 'refused',
    reason: `${folder} is not empty and cxgov did not write it (it has no .cxgov-handbook.json). Choose another folder with --out or handbook.out, or empty it.`,
  };
}
