import { glob } from 'tinyglobby';
import { ALWAYS_EXCLUDE, type Settings } from './settings.js';

/**
 * The project's source files, by the include and exclude globs of its settings. Nothing else is
 * read, so CI workflows or Kubernetes manifests in the same repository are never flagged.
 */
export async function findSources(settings: Settings, under: string = settings.root): Promise<string[]> {
  const files = await glob([...settings.include], {
    cwd: under,
    ignore: [...settings.exclude, ...ALWAYS_EXCLUDE, `${settings.handbook.out}/**`],
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  });
  return files.sort();
}
