import { basename, dirname } from 'node:path';
import { isPathInside, isRealPathInside } from '../util/insideFolder.js';

/**
 * Why a file named on the command line is not read, or undefined when it may be: a link (or a path
 * through one) that leads outside the project, or, for a file outside any project, outside its own
 * folder. A shell glob over a repository (`cxgov lint governance/*.yaml`) can name a committed link
 * to a private file; its content must not end up in messages.
 */
export function linkLeavesReason(path: string, projectRoot: string | undefined): string | undefined {
  const inProject = projectRoot !== undefined && isPathInside(path, projectRoot);
  if (isRealPathInside(path, inProject ? projectRoot : dirname(path))) return undefined;
  const where = inProject ? 'the project' : 'its folder';
  return `${basename(path)} is a link to a file outside ${where}; cxgov does not read it. Check the real file where it lies, or copy it into ${inProject ? 'the project' : 'this folder'}.`;
}
