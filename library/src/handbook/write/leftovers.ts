import { lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readRegularFileSync } from '../../util/regularFile.js';
import { namesIn } from './folderEntry.js';
import { MANIFEST_FILE, readManifest } from './manifest.js';

/**
 * Hidden folders that older versions of cxgov left beside the handbook folder when a run was killed:
 * it wrote a fresh copy (`.handbook.cxgov-new-XXXXXX`) and swapped the old folder away
 * (`.handbook.cxgov-old-XXXXXX`), people's files inside. Old ones first: they hold people's files.
 */
export function leftoverFolders(out: string): string[] {
  const prefix = `.${basename(out)}.cxgov-`;
  const names = namesIn(dirname(out)).filter((name) => name.startsWith(prefix) && /^(old|new)-[A-Za-z0-9]{6}$/.test(name.slice(prefix.length)));
  return names.sort((a, b) => Number(a.slice(prefix.length).startsWith('new')) - Number(b.slice(prefix.length).startsWith('new'))).map((name) => join(dirname(out), name));
}

/**
 * Puts back into `out` what a leftover folder holds, never overwriting: a file whose name is free
 * in `out` moves back; one whose twin in `out` has the same bytes, or that the leftover's own
 * manifest names as a page of cxgov's while `out` has that page, is removed; anything else stays
 * and is named in the returned notices. Links are moved as links, never followed. The leftover
 * folder goes once empty.
 */
export function recoverLeftovers(out: string): string[] {
  const notices: string[] = [];
  for (const leftover of leftoverFolders(out)) {
    if (!lstatSync(leftover).isDirectory()) continue;
    mkdirSync(out, { recursive: true });
    const manifest = readManifest(leftover);
    const pages = new Set(manifest.state === 'valid' ? manifest.manifest.pages.keys() : []);
    if (manifest.state === 'valid') pages.add(MANIFEST_FILE);
    putBack(leftover, out, '', pages);
    if (!removeIfEmpty(leftover)) notices.push(`${leftover}, left by an interrupted run of an older cxgov, holds files whose names are taken in ${out}; move them yourself.`);
  }
  return notices;
}

function putBack(from: string, to: string, prefix: string, pages: ReadonlySet<string>): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const there = lstatOrUndefined(target);
    if (!there) renameSync(source, target);
    else if (entry.isDirectory() && there.isDirectory()) {
      putBack(source, target, `${prefix}${entry.name}/`, pages);
      removeIfEmpty(source);
    } else if (entry.isFile() && there.isFile() && (pages.has(`${prefix}${entry.name}`) || sameBytes(source, target))) unlinkSync(source);
  }
}

function sameBytes(a: string, b: string): boolean {
  try {
    return readRegularFileSync(a).equals(readRegularFileSync(b));
  } catch {
    return false;
  }
}

function removeIfEmpty(folder: string): boolean {
  try {
    rmdirSync(folder);
    return true;
  } catch {
    return false;
  }
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
