import { basename, dirname, extname, resolve, sep } from 'node:path';
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
  const handbookPage = isHandbookPage(resolve(settings.root, settings.handbook.out));
  const inside = realPlaceOf(under);
  const sources = new Set<string>();
  // A folder that cannot be listed, and a link leading out of the project, stay among the sources:
  // reading them gives a problem that says why, where skipping them would leave sources unchecked
  // and the run green. Nothing behind such a link is read.
  for (const file of [...files, ...unreadable.map((folder) => resolve(under, folder))]) {
    const place = inside(file);
    if (place === 'inside' && !handbookPage(file)) sources.add(file);
    else if (place !== 'inside' && place !== 'elsewhere') sources.add(place);
  }
  return [...sources].sort();
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
 * Where a file found under `folder` really is, links resolved: `inside`; `elsewhere` for a name
 * outside the folder; or the path of the link through which it leaves the folder. The globs cannot
 * leave the project (see settingsBounds) and links met while listing are not followed, but the
 * folder a glob starts from may itself be a committed link. Folders are resolved once each
 * (resolving 20,000 files one by one costs a second): the globber returns no link as a file.
 */
function realPlaceOf(under: string): (file: string) => 'inside' | 'elsewhere' | string {
  const folder = resolve(under);
  const realFolder = realPathOf(folder);
  const leavesAt = new Map<string, string | undefined>();
  const linkOut = (dir: string): string | undefined => {
    if (!leavesAt.has(dir)) {
      const parent = dirname(dir);
      const above = dir === folder ? undefined : linkOut(parent);
      leavesAt.set(dir, above ?? (dir !== folder && !isPathInside(realPathOf(dir), realFolder) ? dir : undefined));
    }
    return leavesAt.get(dir);
  };
  // The globber gives absolute, normalised paths (with / on Windows too): a prefix tells what is
  // below the folder.
  const below = folder.endsWith(sep) ? folder : folder + sep;
  return (found) => {
    const file = sep === '/' ? found : resolve(found);
    if (!file.startsWith(below)) return 'elsewhere';
    return linkOut(dirname(file)) ?? 'inside';
  };
}
