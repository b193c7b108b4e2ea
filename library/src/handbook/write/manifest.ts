import { createHash } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFileSync } from '../../util/regularFile.js';
import { pagePathProblem } from './pagePath.js';

/**
 * The file cxgov leaves in every handbook folder it writes: it marks the folder as cxgov's (a
 * folder without it is never written into unless empty) and records each page cxgov wrote with
 * the hash of its content, so that a later run may replace or remove exactly those files and no
 * other. It is committed with the handbook, so it is untrusted input: see readManifest.
 */
export const MANIFEST_FILE = '.cxgov-handbook.json';

// A manifest lists a few pages; anything near these sizes was not written by cxgov.
const MAX_BYTES = 1024 * 1024;
const MAX_PAGES = 10_000;

/** A manifest as read: for each page, the hashes its content may have and still be cxgov's. */
export interface Manifest {
  /**
   * Page path → accepted content hashes. Empty for a manifest of cxgov before hashes (a list of
   * names): such a page may be replaced by a page of the same name, never removed.
   */
  pages: Map<string, string[]>;
}

export type ManifestRead = { state: 'absent' } | { state: 'valid'; manifest: Manifest } | { state: 'invalid'; reason: string };

/** The hash a manifest records for a page: sha256 of its text, line endings as LF (a checkout may turn them into CRLF). */
export function pageHash(content: string | Buffer): string {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/**
 * The manifest's text: each page with its hash, sorted, deterministic like the pages. `writing`
 * lists the pages a run is about to write, with their new hashes, so that a run killed half-way
 * leaves every page provably cxgov's, in its old or its new version.
 */
export function manifestText(pages: ReadonlyMap<string, string>, writing?: ReadonlyMap<string, string>): string {
  const sorted = (map: ReadonlyMap<string, string>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest = { generator: 'cxgov', pages: sorted(pages), ...(writing && writing.size > 0 ? { writing: sorted(writing) } : {}) };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The manifest of a folder, checked as the untrusted input it is: only a regular file (never a
 * link, a FIFO or a folder), of a sane size, whose every entry is a plain page path inside the
 * folder with a well-formed hash. Anything else is "invalid": the folder is not provably cxgov's.
 */
export function readManifest(folder: string): ManifestRead {
  const path = join(folder, MANIFEST_FILE);
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { state: 'absent' };
  }
  if (!stats.isFile()) return { state: 'invalid', reason: `${path} is not a regular file` };
  if (stats.size > MAX_BYTES) return { state: 'invalid', reason: `${path} is larger than a manifest cxgov writes` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readRegularFileSync(path).toString('utf8'));
  } catch (error) {
    return { state: 'invalid', reason: `${path} cannot be read as JSON (${(error as Error).message})` };
  }
  const problem = manifestProblem(parsed);
  if (problem) return { state: 'invalid', reason: `${path} is not a manifest cxgov wrote: ${problem}` };
  return { state: 'valid', manifest: toManifest(parsed as RawManifest) };
}

interface RawManifest {
  generator: 'cxgov';
  pages: string[] | Record<string, string>;
  writing?: Record<string, string>;
}

function manifestProblem(value: unknown): string | undefined {
  if (!isObject(value) || value.generator !== 'cxgov') return 'it does not say "generator": "cxgov"';
  const { pages, writing } = value;
  if (Array.isArray(pages)) {
    if (pages.length > MAX_PAGES) return 'it lists too many pages';
    return pages.map(pagePathProblem).find(Boolean);
  }
  return hashesProblem(pages, 'pages') ?? (writing === undefined ? undefined : hashesProblem(writing, 'writing'));
}

function hashesProblem(map: unknown, name: string): string | undefined {
  if (!isObject(map)) return `"${name}" is neither a list nor a map of pages`;
  const entries = Object.entries(map);
  if (entries.length > MAX_PAGES) return `"${name}" lists too many pages`;
  for (const [path, hash] of entries) {
    const problem = pagePathProblem(path);
    if (problem) return problem;
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return `the hash of "${path}" is not a sha256 hash`;
  }
  return undefined;
}

function toManifest(raw: RawManifest): Manifest {
  const pages = new Map<string, string[]>();
  if (Array.isArray(raw.pages)) for (const path of raw.pages) pages.set(path, []);
  else for (const [path, hash] of Object.entries(raw.pages)) pages.set(path, [hash]);
  for (const [path, hash] of Object.entries(raw.writing ?? {})) pages.set(path, [...(pages.get(path) ?? []), hash]);
  return { pages };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
