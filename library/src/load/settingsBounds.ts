import { posix, resolve, win32 } from 'node:path';
import { isPathInside, isRealPathInside } from '../util/insideFolder.js';
import type { Path } from '../source/locate.js';

/** A setting that would make cxgov read or write outside the project: the key's path in cxgov.yaml, and why. */
export interface BoundsFinding {
  path: Path;
  message: string;
}

// A `..` segment, also as a brace or extglob alternative (`{..,x}`, `@(..|x)`), escaped or not.
const PARENT_SEGMENT = /(?:^|[\\/{,(|])\.\.(?=$|[\\/},)|])/;
// A root, a drive or a UNC share where a pattern (or one of its alternatives) starts.
const ROOTED = /(?:^|[{,(|])(?:[\\/]|[A-Za-z]:)/;

/**
 * Whether a glob can name a file outside the folder it is relative to: it starts at a root or a
 * drive, or goes up with `..` anywhere. Judged by its text, before any folder is listed: globbing
 * `../x` or `/**` would already walk folders outside the project.
 */
export function globLeavesFolder(pattern: string): boolean {
  const bare = pattern.replace(/^!+/, '');
  const unescaped = bare.replace(/\\(.)/g, '$1');
  return [bare, unescaped].some((text) => PARENT_SEGMENT.test(text) || ROOTED.test(text));
}

/**
 * The settings of a project at `root` that lead outside it: source globs that leave the folder,
 * and a handbook folder outside it (by its name, or through a committed symbolic link).
 */
export function boundsFindings(root: string, config: Record<string, unknown>): BoundsFinding[] {
  const findings: BoundsFinding[] = [];
  const sources = (config.sources ?? {}) as Record<string, unknown>;
  for (const key of ['include', 'exclude'] as const) {
    const globs = Array.isArray(sources[key]) ? (sources[key] as unknown[]) : [];
    globs.forEach((glob, i) => {
      if (typeof glob !== 'string' || !globLeavesFolder(glob)) return;
      findings.push({
        path: ['sources', key, i],
        message: `the glob ${JSON.stringify(glob)} in sources.${key} leaves the project folder; sources live inside it. Write globs relative to the folder of cxgov.yaml, with no "..", and not starting with "/" or a drive.`,
      });
    });
  }
  const out = (config.handbook as Record<string, unknown> | undefined)?.out;
  if (typeof out === 'string') {
    const message = handbookOutProblem(root, out);
    if (message) findings.push({ path: ['handbook', 'out'], message });
  }
  return findings;
}

function handbookOutProblem(root: string, out: string): string | undefined {
  const folder = resolve(root, out);
  if (posix.isAbsolute(out) || win32.isAbsolute(out) || !isPathInside(folder, root)) {
    return `handbook.out ${JSON.stringify(out)} leaves the project folder; the handbook is written inside the project. Name a folder relative to cxgov.yaml, such as "handbook" (cxgov handbook --out can still write elsewhere).`;
  }
  if (!isRealPathInside(folder, root)) {
    return `handbook.out ${JSON.stringify(out)} leaves the project folder through a symbolic link; the handbook is written inside the project. Name a real folder inside it.`;
  }
  return undefined;
}
