import { readdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { CONFIG_FILE, findConfigFile } from 'cxgov/editor';

/** Folders never searched for projects: dependencies, version control and other hidden folders. */
function skipFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Deep enough for any real repository, shallow enough to stop on a pathological tree. */
const MAX_DEPTH = 24;

/**
 * Every `cxgov.yaml` of a workspace folder: the ones inside it, and the nearest one above it
 * (a user may open only the `governance/` folder of a project).
 */
export async function discoverConfigFiles(folder: string): Promise<string[]> {
  const found = new Set<string>();
  const above = findConfigFile(folder);
  if (above) found.add(above);
  await walk(folder, 0, found);
  return [...found].map(normalizePath).sort();
}

async function walk(dir: string, depth: number, found: Set<string>): Promise<void> {
  if (depth > MAX_DEPTH) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    // An unreadable folder holds no project we could load anyway.
    return;
  }
  const folders: string[] = [];
  for (const entry of entries) {
    if (entry.isFile() && entry.name === CONFIG_FILE) found.add(join(dir, entry.name));
    else if (entry.isDirectory() && !skipFolder(entry.name)) folders.push(join(dir, entry.name));
  }
  await Promise.all(folders.map((folder) => walk(folder, depth + 1, found)));
}

/**
 * One spelling per file, so that paths from the editor (`c:\\x`), from globbing (`C:/x`) and from
 * the disk can be compared as strings. A no-op on POSIX systems.
 */
export function normalizePath(path: string): string {
  if (process.platform !== 'win32') return path;
  return resolve(path).replace(/^[A-Z]:/, (drive) => drive.toLowerCase());
}

/** The root of a project: the folder of its `cxgov.yaml`. */
export function rootOf(configFile: string): string {
  return dirname(configFile);
}

/** Whether a path is a folder or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** The nearest root above a path (the longest one holding it), or undefined. */
export function nearestRoot(path: string, roots: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const root of roots) {
    if (isInside(path, root) && (best === undefined || root.length > best.length)) best = root;
  }
  return best;
}
