import { relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Settings } from '../load/settings.js';
import type { Entity } from '../model/entity.js';
import type { ProjectIndex } from '../model/projectIndex.js';

/**
 * The authors' order of a project's files: by the first glob of `sources.include` that finds each
 * (the order cxgov.yaml lists them in), then by path as the project index has them (code-unit
 * order, never a locale's), so that the same project gives the same order on every machine.
 * Returns each file's rank by its path; a file no glob finds (one given on the command line) comes last.
 */
export function fileRanks(index: ProjectIndex, settings: Pick<Settings, 'root' | 'include'>): ReadonlyMap<string, number> {
  const paths = index.files.map((analysis) => analysis.file.path);
  // One glob (the usual case) ranks every file alike: path order, as the index has them.
  if (settings.include.length > 1) {
    const globs = settings.include.map((glob) => picomatch(glob));
    const inRoot = settings.root + sep;
    const globOf = (path: string): number => {
      // A slice for the files under the root (all but those given on the command line): `relative`
      // resolves both paths anew each time, 20,000 times in a large project.
      const within = path.startsWith(inRoot) ? path.slice(inRoot.length) : relative(settings.root, path);
      const found = sep === '/' ? within : within.split(sep).join('/');
      const at = globs.findIndex((matches) => matches(found));
      return at < 0 ? globs.length : at;
    };
    const ranks = new Map(paths.map((path) => [path, globOf(path)]));
    // A stable sort: files found by the same glob stay in path order.
    paths.sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  }
  return new Map(paths.map((path, rank) => [path, rank]));
}

/**
 * Entities of one kind, as the index lists them (file after file in path order, then as written),
 * in the authors' order: a stable sort by their files' ranks.
 */
export function inAuthorsOrder(entities: readonly Entity[], ranks: ReadonlyMap<string, number>): Entity[] {
  const rankOf = (entity: Entity): number => ranks.get(entity.file.path) ?? ranks.size;
  return [...entities].sort((a, b) => rankOf(a) - rankOf(b));
}
