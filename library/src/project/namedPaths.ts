import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ALWAYS_EXCLUDE } from '../load/settings.js';

/** A command-line argument: a file or folder, or a glob pattern and the files it matched. */
export type NamedPath = { path: string; pattern?: undefined } | { pattern: string; matches: string[] };

/**
 * The paths a user named, relative to `cwd`. A name that exists is itself, even when it looks like
 * a glob (a file called `[draft].yaml`); one that does not and is a glob pattern is expanded here,
 * as ESLint does, so that it works when no shell expands it (quoted, or on Windows). Links are not
 * followed and `node_modules` and `.git` are never searched.
 */
export async function expandNamedPaths(names: readonly string[], cwd: string): Promise<NamedPath[]> {
  return Promise.all(
    names.map(async (name): Promise<NamedPath> => {
      const path = resolve(cwd, name);
      if (existsSync(path) || !isDynamicPattern(name)) return { path };
      const matches = await glob([name], { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false, ignore: [...ALWAYS_EXCLUDE] });
      return { pattern: name, matches: matches.map((match) => resolve(match)).sort() };
    }),
  );
}
