import { basename, join, relative, resolve } from 'node:path';
import type { HandbookPage } from '../options.js';
import { textInside } from './folderEntry.js';
import { leftoverFolders } from './leftovers.js';
import { MANIFEST_FILE, manifestText, pageHash, readManifest } from './manifest.js';
import { pageFolders, staleTempFiles } from './pageFile.js';

/** A page of the committed handbook that is not what `cxgov handbook` would write now. */
export interface StalePage {
  path: string;
  change: 'changed' | 'missing' | 'no longer generated' | 'not valid' | 'left over by an interrupted run';
}

/**
 * Compares the pages with the handbook in `folder`, writing nothing; empty when it is up to date:
 * every page and the manifest as a run would write them, and nothing left over by a killed run.
 */
export function checkHandbook(folder: string, pages: readonly HandbookPage[]): StalePage[] {
  const out = resolve(folder);
  const stale: StalePage[] = [];
  for (const page of pages) {
    const committed = textInside(out, page.path);
    if (committed === undefined) stale.push({ path: page.path, change: 'missing' });
    else if (committed !== page.markdown) stale.push({ path: page.path, change: 'changed' });
  }
  const generated = new Set(pages.map((page) => page.path));
  const read = readManifest(out);
  if (read.state === 'invalid') stale.push({ path: MANIFEST_FILE, change: 'not valid' });
  if (read.state === 'valid') {
    for (const path of read.manifest.pages.keys()) if (!generated.has(path) && textInside(out, path) !== undefined) stale.push({ path, change: 'no longer generated' });
  }
  // A stale page implies a stale manifest; alone, it is the trace of a run killed before its end.
  const manifest = manifestText(new Map(pages.map((page) => [page.path, pageHash(page.markdown)])));
  if (stale.length === 0 && pages.length > 0 && textInside(out, MANIFEST_FILE) !== manifest) stale.push({ path: MANIFEST_FILE, change: read.state === 'absent' ? 'missing' : 'changed' });
  for (const folder of pageFolders(out, generated)) {
    for (const name of staleTempFiles(folder)) stale.push({ path: relative(out, join(folder, name)), change: 'left over by an interrupted run' });
  }
  for (const leftover of leftoverFolders(out)) stale.push({ path: `../${basename(leftover)}`, change: 'left over by an interrupted run' });
  return stale.sort((a, b) => a.path.localeCompare(b.path));
}
