import { basename, extname, resolve } from 'node:path';
import { glob } from 'tinyglobby';
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
  const files = await glob([...settings.include], {
    cwd: under,
    ignore: [...settings.exclude, ...ALWAYS_EXCLUDE],
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  const inside = insideRealFolder(under);
  const handbookPage = isHandbookPage(resolve(settings.root, settings.handbook.out));
  return files.filter((file) => inside(file) && !handbookPage(file)).sort();
}

/**
 * Whether a file is one a handbook run writes: Markdown or the manifest, in the handbook folder.
 * The folder is a path, never a glob (`handbook.out: "*"` is a folder named `*`), and the YAML in
 * it stays a source: a handbook folder that holds sources (`handbook.out: governance`, or `.`)
 * must not hide them, and cxgov itself writes no YAML there.
 */
function isHandbookPage(folder: string): (file: string) => boolean {
  return (file) => isPathInside(file, folder) && (extname(file).toLowerCase() === '.md' || basename(file) === HANDBOOK_MANIFEST);
}

/**
 * Whether a file found under `folder` is really there, links resolved. The globs cannot leave the
 * project (see settingsBounds) and links are not followed; this holds even if either ever failed.
 */
function insideRealFolder(folder: string): (file: string) => boolean {
  const realFolder = realPathOf(folder);
  return (file) => isPathInside(file, folder) && isPathInside(realPathOf(file), realFolder);
}
