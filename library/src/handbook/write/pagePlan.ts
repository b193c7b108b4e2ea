import { readRegularFileSync } from '../../util/regularFile.js';
import { HandbookFolderError } from './errors.js';
import { folderEntry } from './folderEntry.js';
import { pageHash } from './manifest.js';

/** What a run will do in the folder, decided before it writes a byte. */
export interface PagePlan {
  /** Pages to write: path → Markdown. */
  write: Map<string, string>;
  /** Pages no longer generated that are provably cxgov's: they go. */
  remove: string[];
  /** Every page on disk now that is provably cxgov's, with the hash of its content. */
  ours: Map<string, string>;
  notices: string[];
}

/**
 * Decides, page by page, what may be written and removed. A page may replace a file only when
 * that file is cxgov's: it has the bytes the page would have, or the hash the manifest recorded
 * for it (a manifest from before hashes: a page of that name). A file changed by hand since, a
 * person's file, a link, a folder: the run refuses, naming it, before anything is written. A page
 * no longer generated is removed only when it is a plain file, reached without links, with the
 * recorded hash; anything else is left alone with a notice. `freshHashes` holds each page's `pageHash`.
 */
export function planPages(out: string, fresh: ReadonlyMap<string, string>, previous: ReadonlyMap<string, readonly string[]>, freshHashes: ReadonlyMap<string, string>): PagePlan {
  const plan: PagePlan = { write: new Map(), remove: [], ours: new Map(), notices: [] };
  for (const [page, markdown] of fresh) {
    const entry = folderEntry(out, page);
    if (entry.kind === 'missing') {
      plan.write.set(page, markdown);
      continue;
    }
    if (entry.kind === 'not a file') throw new HandbookFolderError(`${entry.path} is ${entry.what}; cxgov writes its pages as plain files, never through a link. Move it away, then run again.`);
    const bytes = readRegularFileSync(entry.path);
    // A page already as generated has the hash its Markdown has: hashing a large page twice costs.
    const unchanged = bytes.equals(Buffer.from(markdown));
    const hash = unchanged ? freshHashes.get(page)! : pageHash(bytes);
    if (!unchanged) {
      const accepted = previous.get(page);
      if (!accepted) throw new HandbookFolderError(`${entry.path} was not written by cxgov; move it away, then run again.`);
      if (accepted.length > 0 && !accepted.includes(hash)) {
        throw new HandbookFolderError(`${entry.path} was changed since cxgov wrote it; cxgov does not overwrite changes made by hand. Keep them elsewhere (or delete the file), then run again.`);
      }
      plan.write.set(page, markdown);
    }
    plan.ours.set(page, hash);
  }
  for (const [page, accepted] of previous) {
    if (fresh.has(page)) continue;
    const entry = folderEntry(out, page);
    if (entry.kind === 'missing') continue;
    const hash = entry.kind === 'file' ? pageHash(readRegularFileSync(entry.path)) : undefined;
    if (hash && accepted.includes(hash)) {
      plan.ours.set(page, hash);
      plan.remove.push(page);
    } else {
      const why = entry.kind === 'file' ? 'cxgov cannot prove it wrote it (changed by hand, or listed without a hash)' : `it is ${entry.what}`;
      plan.notices.push(`${entry.path} is no longer generated but was left alone: ${why}.`);
    }
  }
  return plan;
}

/** Whether `path` is still the file cxgov planned to remove: a plain file, reached without links, with one of those hashes. */
export function stillOurs(out: string, page: string, hash: string): boolean {
  const entry = folderEntry(out, page);
  return entry.kind === 'file' && pageHash(readRegularFileSync(entry.path)) === hash;
}
