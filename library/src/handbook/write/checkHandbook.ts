import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HandbookPage } from '../render.js';
import { readManifest } from './manifest.js';
import { pagePath } from './pagePath.js';

/** A page of the committed handbook that is not what `cxgov handbook` would write now. */
export interface StalePage {
  path: string;
  change: 'changed' | 'missing' | 'no longer generated';
}

/** Compares the pages with the handbook in `folder`, writing nothing; empty when it is up to date. */
export function checkHandbook(folder: string, pages: readonly HandbookPage[]): StalePage[] {
  const out = resolve(folder);
  const stale: StalePage[] = [];
  for (const page of pages) {
    const committed = readText(pagePath(out, page.path));
    if (committed === undefined) stale.push({ path: page.path, change: 'missing' });
    else if (committed !== page.markdown) stale.push({ path: page.path, change: 'changed' });
  }
  const generated = new Set(pages.map((page) => page.path));
  for (const path of readManifest(out)?.pages ?? []) {
    if (!generated.has(path)) stale.push({ path, change: 'no longer generated' });
  }
  return stale.sort((a, b) => a.path.localeCompare(b.path));
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
