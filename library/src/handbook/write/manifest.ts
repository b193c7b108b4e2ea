import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The file cxgov leaves in every handbook folder it writes: it marks the folder as cxgov's (a
 * folder without it is never written into unless empty) and lists the pages cxgov wrote, so that a
 * later run replaces those and carries over everything else (images, a hand-written page).
 */
export const MANIFEST_FILE = '.cxgov-handbook.json';

export interface Manifest {
  generator: 'cxgov';
  /** The pages cxgov wrote, relative to the folder, forward slashes, sorted. */
  pages: string[];
}

/** The manifest's text for these pages: deterministic, like the pages. */
export function manifestText(pages: readonly string[]): string {
  const manifest: Manifest = { generator: 'cxgov', pages: [...pages].sort() };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The manifest of a folder; undefined when it has none (or one cxgov cannot read: not ours). */
export function readManifest(folder: string): Manifest | undefined {
  try {
    const parsed = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    if (parsed.generator !== 'cxgov' || !Array.isArray(parsed.pages) || !parsed.pages.every((page) => typeof page === 'string')) return undefined;
    return { generator: 'cxgov', pages: parsed.pages };
  } catch {
    return undefined;
  }
}
