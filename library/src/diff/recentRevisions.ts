import { git } from './git.js';
import { repositoryRoot } from './revision.js';

/** A revision to compare with, and what it is (a branch's last commit, a tag, a recent commit). */
export interface RevisionChoice {
  revision: string;
  description: string;
}

const REFS = 30;
const COMMITS = 10;

/**
 * What a reviewer usually compares with, newest first: the branches and tags, then the last
 * commits as `HEAD~N`. Read through git; throws a GitError outside a repository.
 */
export async function recentRevisions(cwd: string): Promise<RevisionChoice[]> {
  const repository = await repositoryRoot(cwd);
  const refs = await git(repository, ['for-each-ref', '--sort=-committerdate', `--count=${REFS}`, '--format=%(refname:short)%00%(objecttype)%00%(subject)', 'refs/heads', 'refs/remotes', 'refs/tags']);
  const choices: RevisionChoice[] = [];
  for (const line of lines(refs)) {
    const [name, type, subject] = line.split('\0');
    if (!name) continue;
    choices.push({ revision: name, description: `${type === 'tag' ? 'tag' : name.includes('/') ? 'remote branch' : 'branch'}: ${subject ?? ''}`.trim() });
  }
  // An empty repository has no HEAD yet: no commits to offer.
  const log = await git(repository, ['log', `-n${COMMITS}`, '--format=%h%00%s', 'HEAD']).catch(() => Buffer.alloc(0));
  lines(log).forEach((line, back) => {
    const [hash, subject] = line.split('\0');
    choices.push({ revision: back === 0 ? 'HEAD' : `HEAD~${back}`, description: `${hash}: ${subject ?? ''}` });
  });
  return choices;
}

function lines(output: Buffer): string[] {
  return output.toString('utf8').split('\n').filter((line) => line !== '');
}
