import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HandbookPage } from '../options.js';
import { HandbookFolderError, plainError } from './errors.js';
import { makeFoldersFor, removeFile, textInside } from './folderEntry.js';
import { recoverLeftovers } from './leftovers.js';
import { lockFolder } from './lock.js';
import { MANIFEST_FILE, manifestText, pageHash } from './manifest.js';
import { inspectOutputFolder } from './outputFolder.js';
import { pageFolders, removeTempFiles, writeFileWhole } from './pageFile.js';
import { planPages, stillOurs } from './pagePlan.js';
import { pagePath } from './pagePath.js';

export { HandbookFolderError, HandbookWriteError } from './errors.js';

/** What a handbook run did. */
export interface HandbookWritten {
  /** Pages whose file was written; the others already had these bytes. */
  written: string[];
  /** Pages no longer generated, removed. */
  removed: string[];
  /** Things left alone that a person may want to look at (one line each). */
  notices: string[];
}

/**
 * Writes the pages into `folder` in place, each one whole (temp file + rename), then the manifest.
 * People's files in the folder are never moved or touched. Runs take turns (a lock file in the
 * folder); leftovers of a killed run are cleaned up or put back first. A file that cxgov cannot
 * prove it wrote is never overwritten or removed (see planPages).
 */
export async function writeHandbook(folder: string, pages: readonly HandbookPage[]): Promise<HandbookWritten> {
  const out = resolve(folder);
  const fresh = new Map(pages.map((page) => (pagePath(out, page.path), [page.path, page.markdown] as const)));
  try {
    // Refuse someone's folder before dropping a lock file into it.
    const seen = inspectOutputFolder(out);
    if (seen.state === 'refused') throw new HandbookFolderError(seen.reason);
    mkdirSync(out, { recursive: true });
    const release = await lockFolder(out);
    try {
      return writeLocked(out, fresh);
    } finally {
      release();
    }
  } catch (error) {
    throw plainError(out, error);
  }
}

function writeLocked(out: string, fresh: ReadonlyMap<string, string>): HandbookWritten {
  const notices = recoverLeftovers(out);
  const state = inspectOutputFolder(out);
  if (state.state === 'refused') throw new HandbookFolderError(state.reason);
  const previous = state.state === 'ours' ? state.manifest.pages : new Map<string, string[]>();
  for (const folder of pageFolders(out, [...previous.keys(), ...fresh.keys()])) removeTempFiles(folder);
  const hashes = new Map([...fresh].map(([page, markdown]) => [page, pageHash(markdown)]));
  const plan = planPages(out, fresh, previous, hashes);
  const manifest = join(out, MANIFEST_FILE);
  const final = manifestText(hashes);
  const result = { written: [...plan.write.keys()], removed: plan.remove, notices: [...notices, ...plan.notices] };
  if (plan.write.size === 0 && plan.remove.length === 0 && textInside(out, MANIFEST_FILE) === final) return result;

  // First say which pages are about to change and to what, so that a run killed at any instant
  // leaves every page provably cxgov's; last the manifest of the finished handbook.
  writeFileWhole(manifest, manifestText(plan.ours, new Map([...plan.write.keys()].map((page) => [page, hashes.get(page)!]))));
  for (const [page, markdown] of plan.write) {
    makeFoldersFor(out, page);
    writeFileWhole(join(out, page), markdown);
  }
  for (const page of plan.remove) if (stillOurs(out, page, plan.ours.get(page)!)) removeFile(join(out, page));
  writeFileWhole(manifest, final);
  return result;
}
