import picomatch from 'picomatch';
import { posix } from 'node:path';
import { ALWAYS_EXCLUDE, type Settings } from '../load/settings.js';

/** The file a handbook run writes beside its pages; never a source (as in load/findSources). */
const HANDBOOK_MANIFEST = '.cxgov-handbook.json';

/**
 * The sources of the project at `root` among a revision's files (repository-relative paths), by
 * the include and exclude globs of its settings, matched as `cxgov lint` matches them on disk:
 * include without dot-files, exclude with them, handbook pages never.
 */
export function selectSources(files: Iterable<string>, root: string, settings: Settings): string[] {
  const included = picomatch([...settings.include], { dot: false });
  const excluded = picomatch([...settings.exclude, ...ALWAYS_EXCLUDE], { dot: true });
  const handbook = posix.normalize(settings.handbook.out).replace(/(.)\/+$/, '$1');
  const prefix = root === '' ? '' : `${root}/`;
  const sources: string[] = [];
  for (const path of files) {
    if (!path.startsWith(prefix)) continue;
    const relative = path.slice(prefix.length);
    if (!included(relative) || excluded(relative) || isHandbookPage(relative, handbook)) continue;
    sources.push(path);
  }
  return sources.sort();
}

function isHandbookPage(relative: string, handbook: string): boolean {
  const page = relative.toLowerCase().endsWith('.md') || posix.basename(relative) === HANDBOOK_MANIFEST;
  return page && (handbook === '.' || relative.startsWith(`${handbook}/`));
}
