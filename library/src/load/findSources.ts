import { basename, dirname, extname, resolve } from 'node:path';
import fs, { type Dirent, type ObjectEncodingOptions } from 'node:fs';
import { glob, type FileSystemAdapter } from 'tinyglobby';
import { isPathInside, realPathOf } from '../util/insideFolder.js';
import { ALWAYS_EXCLUDE, type Settings } from './settings.js';

/** The file a handbook run writes beside its pages; never a source. */
const HANDBOOK_MANIFEST = '.cxgov-handbook.json';

/**
 * The project's source files, by the include and exclude globs of its settings. Nothing else is
 * read, so CI workflows or Kubernetes manifests in the same repository are never flagged; and
 * nothing outside `under` (the project, by default), whatever the globs or links say.
 */
export async function findSources(settings: Settings, under: string = settings.root): Promise<string[]> {
  const unreadable: string[] = [];
  const files = await glob([...settings.include], {
    cwd: under,
    ignore: [...settings.exclude, ...ALWAYS_EXCLUDE],
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    fs: noticingUnreadable(unreadable),
  });
  const inside = insideRealFolder(under);
  const handbookPage = isHandbookPage(resolve(settings.root, settings.handbook.out));
  // A folder that cannot be listed stays among the sources: reading it gives a problem that says
  // why, where skipping it would leave its sources unchecked and the run green.
  const folders = unreadable.map((folder) => resolve(under, folder));
  return [...files, ...folders].filter((file) => inside(file) && !handbookPage(file)).sort();
}

/** The file system as the globber uses it, noting each folder it wanted to list and could not. */
function noticingUnreadable(unreadable: string[]): FileSystemAdapter {
  const readdir = ((path: string, options: ObjectEncodingOptions & { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    fs.readdir(path, options, (error, entries) => {
      // A folder removed while the globber walks is simply gone; any other failure is reported.
      if (error && error.code !== 'ENOENT') unreadable.push(path);
      callback(error, entries);
    })) as FileSystemAdapter['readdir'];
  return { ...fs, readdir };
}

/**
 * Whether a file is one a handbook run writes: Markdown or the manifest, in the handbook folder.
 * The folder is a path, never a glob (`handbook.out: "*"` is a folder named `*`), and the YAML in
 * it stays a source: a handbook folder that holds sources (`handbook.out: governance`, or `.`)
 * must not hide them, and cxgov itself writes no YAML there.
 */
function isHandbookPage(folder: string): (file: string) => boolean {
  return (file) => (extname(file).toLowerCase() === '.md' || basename(file) === HANDBOOK_MANIFEST) && isPathInside(file, folder);
}

/**
 * Whether a file found under `folder` is really there, links resolved. The globs cannot leave the
 * project (see settingsBounds) and links are not followed; this holds even if either ever failed.
 * Folders are resolved once each (resolving 20,000 files one by one costs a second): the globber
 * returns no link as a file, so a file's real folder is where it really is.
 */
function insideRealFolder(folder: string): (file: string) => boolean {
  const realFolder = realPathOf(folder);
  const verdicts = new Map<string, boolean>();
  return (file) => {
    const parent = dirname(file);
    let inside = verdicts.get(parent);
    if (inside === undefined) {
      inside = isPathInside(parent, folder) && isPathInside(realPathOf(parent), realFolder);
      verdicts.set(parent, inside);
    }
    return inside;
  };
}
