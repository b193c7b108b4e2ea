import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { HandbookPage } from '../render.js';
import { MANIFEST_FILE, manifestText, type Manifest } from './manifest.js';
import { inspectOutputFolder } from './outputFolder.js';
import { pagePath } from './pagePath.js';

/** Raised when cxgov will not write at the folder; the message says why and what to do. */
export class HandbookFolderError extends Error {}

/**
 * Writes the pages to `folder` so that a failed run leaves the previous handbook as it was: the
 * pages go to a fresh sibling folder, which then takes the old one's place in two renames. Files
 * that cxgov did not write (not in the old manifest) move over to the new folder, never deleted.
 */
export function writeHandbook(folder: string, pages: readonly HandbookPage[]): void {
  const out = resolve(folder);
  const existing = inspectOutputFolder(out);
  if (existing.state === 'refused') throw new HandbookFolderError(existing.reason);
  const previous = existing.state === 'ours' ? existing.manifest : undefined;
  const clash = previous && pages.find((page) => !previous.pages.includes(page.path) && existsSync(pagePath(out, page.path)));
  if (clash) throw new HandbookFolderError(`${join(out, clash.path)} was not written by cxgov; move it away, then run again.`);

  mkdirSync(dirname(out), { recursive: true });
  const fresh = mkdtempSync(join(dirname(out), `.${basename(out)}.cxgov-new-`));
  // mkdtemp makes the folder private (0700); a handbook is for publishing, so it gets the old
  // folder's mode, or what a plain mkdir would give.
  chmodSync(fresh, existing.state === 'absent' ? 0o777 & ~process.umask() : statSync(out).mode & 0o7777);
  try {
    for (const page of pages) {
      const path = pagePath(fresh, page.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, page.markdown);
    }
    writeFileSync(join(fresh, MANIFEST_FILE), manifestText(pages.map((page) => page.path)));
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  if (existing.state === 'absent') return renameSync(fresh, out);
  replaceFolder(out, fresh, previous);
}

/** Swaps `fresh` in for `out`, carries over what cxgov did not write, and removes only its own old pages. */
function replaceFolder(out: string, fresh: string, previous: Manifest | undefined): void {
  const old = `${fresh.replace(/-new-([^/]*)$/, '-old-$1')}`;
  renameSync(out, old);
  renameSync(fresh, out);
  const ours = new Set([...(previous?.pages ?? []), MANIFEST_FILE]);
  for (const page of ours) {
    const path = join(old, page);
    if (existsSync(path)) unlinkSync(path);
  }
  carryOver(old, out);
}

/** Moves every remaining entry of `from` into `to` (where nothing of that name exists), then removes `from` if empty. */
function carryOver(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!existsSync(target)) renameSync(source, target);
    else if (entry.isDirectory()) carryOver(source, target);
  }
  try {
    rmdirSync(from);
  } catch {
    // Something could not move (a name cxgov now uses); it stays in the old folder, not lost.
  }
}
