import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { git, GitError, readBlobs } from './git.js';
import { lstat } from 'node:fs/promises';
import { NotARegularFileError, readRegularFile } from '../util/regularFile.js';

/** A file of a revision: its blob id and size when known before reading (at a commit). */
export interface RevisionEntry {
  blob?: string;
  size?: number;
}

/** What reading a file gave: its bytes; its size alone when over the limit (not read); why it cannot be read; or undefined when it is no regular file any more (gone, a link, a pipe), which is skipped. */
export type ReadResult = Buffer | { size: number } | Error | undefined;

/** The files of one side of a diff: a commit's tree, or the working tree. */
export interface RevisionFiles {
  /** The revision as the user named it (`main`, `HEAD~1`), or `working tree`. */
  name: string;
  /** Its commit id; undefined for the working tree. */
  commit?: string;
  /** Every file by repository-relative path (with `/`). */
  files: ReadonlyMap<string, RevisionEntry>;
  /** The bytes of the given files, those over `limit` bytes left unread. */
  read(paths: readonly string[], limit: number): Promise<ReadResult[]>;
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
  const listing = await git(repository, ['ls-tree', '-r', '-z', '-l', '--full-tree', commit]);
  const files = new Map<string, Required<RevisionEntry>>();
  for (const entry of listing.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, blob, size] = entry.slice(0, tab).split(/ +/);
    // Links (a link's blob is the name it points at) and submodules are no sources: regular files only.
    if (type === 'blob' && (mode === '100644' || mode === '100755')) files.set(entry.slice(tab + 1), { blob: blob!, size: Number(size) });
  }
  const read = async (paths: readonly string[], limit: number): Promise<ReadResult[]> => {
    const small = paths.filter((path) => files.get(path)!.size <= limit);
    const blobs = await readBlobs(repository, small.map((path) => files.get(path)!.blob));
    const bytes = new Map(small.map((path, i) => [path, blobs[i]!]));
    return paths.map((path) => bytes.get(path) ?? { size: files.get(path)!.size });
  };
  return { name, commit, files, read };
}

/** The working tree: tracked files and untracked ones git does not ignore, read from disk. */
export async function workingTreeFiles(repository: string): Promise<RevisionFiles> {
  const listing = await git(repository, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const files = new Map<string, RevisionEntry>();
  for (const path of listing.toString('utf8').split('\0')) if (path !== '') files.set(path, {});
  const read = (paths: readonly string[], limit: number) => Promise.all(paths.map((path) => readWorkingFile(join(repository, path), limit)));
  return { name: WORKING_TREE, files, read };
}

/**
 * A file of the working tree as a commit would hold it: a link, a pipe or a folder is not read
 * (a commit stores a link as the name it points at, never what is behind it).
 */
async function readWorkingFile(path: string, limit: number): Promise<ReadResult> {
  try {
    const stats = await lstat(path);
    if (!stats.isFile()) return undefined;
    if (stats.size > limit) return { size: stats.size };
    return await readRegularFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof NotARegularFileError) return undefined;
    return error as Error;
  }
}

/** The id git gives a blob of these bytes (SHA-1 repositories): equal ids, equal contents. */
export function blobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
