import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { git, GitError, readBlobs } from './git.js';
import { readRegularFile } from '../util/regularFile.js';

/** The files of one side of a diff: a commit's tree, or the working tree. */
export interface RevisionFiles {
  /** The revision as the user named it (`main`, `HEAD~1`), or `working tree`. */
  name: string;
  /** Its commit id; undefined for the working tree. */
  commit?: string;
  /** Every regular file by repository-relative path (with `/`), with its blob id when known before reading. */
  files: ReadonlyMap<string, string | undefined>;
  /** The bytes of the given files, or why one cannot be read. */
  read(paths: readonly string[]): Promise<(Buffer | Error)[]>;
}

/** The name the working tree goes by in reports. */
export const WORKING_TREE = 'working tree';

/** The top folder of the git repository around `cwd`, or a GitError that says it is none. */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).toString('utf8').replace(/\n$/, '');
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) throw new GitError(`${cwd} is not in a git repository: cxgov diff compares revisions of one.`);
    throw error;
  }
}

/**
 * The commit a revision names, checked by git: `rev-parse --verify` after `--end-of-options`, so
 * that a revision such as `--output=x` is never read as an option.
 */
export async function resolveCommit(repository: string, revision: string): Promise<string> {
  if (revision === '' || /[\0\n]/.test(revision)) throw new GitError(`"${revision}" is not a revision.`);
  try {
    return (await git(repository, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).toString('utf8').trim();
  } catch {
    throw new GitError(`unknown revision "${revision}": no commit in this repository has that name (try a branch, a tag, HEAD~1 or a commit id).`);
  }
}

/** A commit's files, read from git's object store: nothing is checked out. */
export async function commitFiles(repository: string, name: string, commit: string): Promise<RevisionFiles> {
  const listing = await git(repository, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  const files = new Map<string, string>();
  for (const entry of listing.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    // Links and submodules are no sources: only regular files (executable or not) are read.
    if (type === 'blob' && (mode === '100644' || mode === '100755')) files.set(entry.slice(tab + 1), id!);
  }
  return { name, commit, files, read: (paths) => readBlobs(repository, paths.map((path) => files.get(path)!)) };
}

/** The working tree: tracked files and untracked ones git does not ignore, read from disk. */
export async function workingTreeFiles(repository: string): Promise<RevisionFiles> {
  const listing = await git(repository, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const files = new Map<string, undefined>();
  for (const path of listing.toString('utf8').split('\0')) if (path !== '') files.set(path, undefined);
  const read = (paths: readonly string[]) =>
    Promise.all(paths.map((path) => readRegularFile(join(repository, path)).catch((error: Error) => error)));
  return { name: WORKING_TREE, files, read };
}

/** The id git gives a blob of these bytes (SHA-1 repositories): equal ids, equal contents. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
