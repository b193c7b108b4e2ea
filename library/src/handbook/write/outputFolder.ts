import { lstatSync, readdirSync } from 'node:fs';
import { readManifest, type Manifest } from './manifest.js';

/** What is at the output folder's path, as far as writing a handbook there is concerned. */
export type OutputFolder =
  | { state: 'absent' }
  | { state: 'empty' }
  | { state: 'ours'; manifest: Manifest }
  | { state: 'refused'; reason: string };

/**
 * Whether cxgov may write a handbook at `folder`: a missing or empty folder, or one cxgov wrote
 * before (it holds the manifest). Anything else is someone's work, and cxgov leaves it alone.
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
  if (readdirSync(folder).length === 0) return { state: 'empty' };
  const manifest = readManifest(folder);
  if (manifest) return { state: 'ours', manifest };
  return {
    state: 'refused',
    reason: `${folder} is not empty and cxgov did not write it (it has no .cxgov-handbook.json). Choose another folder with --out or handbook.out, or empty it.`,
  };
}
