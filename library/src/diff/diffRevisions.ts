import { resolve } from 'node:path';
import type { Problem } from '../model/problem.js';
import { localDate } from '../project/lint.js';
import { realPathOf } from '../util/insideFolder.js';
import type { DiffReport, EntityChange, DiffProblem } from './diffReport.js';
import { RISKS } from './diffReport.js';
import { entityChanges } from './entityChanges.js';
import { addHandbookLocations } from './handbookLocations.js';
import { GitError } from './git.js';
import { matchProblems, repositoryPath } from './matchProblems.js';
import { projectRoots, projectsAround } from './projectRoots.js';
import { commitFiles, repositoryRoot, resolveCommit, workingTreeFiles, type RevisionFiles } from './revision.js';
import { loadRevisionProject, type RevisionLoad } from './revisionProject.js';
import { SharedAnalyses } from './sharedAnalyses.js';

export interface DiffOptions {
  /** A folder inside the git repository; the projects around it are compared. Defaults to the process's working folder. */
  cwd?: string;
  /** The revision compared from (`main`, `HEAD~1`, a commit id). */
  base: string;
  /** The revision compared to; the working tree when absent. */
  head?: string;
  /** Only the project in this folder (relative to `cwd`), instead of every project around `cwd`. */
  project?: string;
  /** ISO date that date rules judge by at both sides; defaults to today's local date. */
  today?: string;
  /** Give each change the page and anchor of its entity in HEAD's handbook (renders that handbook: slower). */
  handbookLinks?: boolean;
}

/**
 * The diff, or why there is none: a problem for git (rule `git`: not a repository, an unknown
 * revision) or for a `cxgov.yaml` that is not valid at one side (rule `config`, placed in it).
 */
export type DiffResult = { report: DiffReport; problems: [] } | { report?: undefined; problems: Problem[] };

/** Compares the governance at two revisions of a git repository (or one and the working tree); the one call behind `cxgov diff`. */
export async function diffRevisions(options: DiffOptions): Promise<DiffResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  try {
    return await compare(cwd, options);
  } catch (error) {
    if (error instanceof GitError) return { problems: [{ rule: 'git', severity: 'error', file: cwd, range: ORIGIN, message: error.message }] };
    throw error;
  }
}

async function compare(cwd: string, options: DiffOptions): Promise<DiffResult> {
  const repository = await repositoryRoot(cwd);
  const baseCommit = await resolveCommit(repository, options.base);
  const headCommit = options.head === undefined ? undefined : await resolveCommit(repository, options.head);
  const [base, head] = await Promise.all([
    commitFiles(repository, options.base, baseCommit),
    headCommit === undefined ? workingTreeFiles(repository) : commitFiles(repository, options.head!, headCommit),
  ]);
  // git names the repository by its real path: so is the folder asked about, links resolved.
  const where = repositoryPath(realPathOf(resolve(cwd, options.project ?? '.')), repository);
  const roots = [...projectRoots(base.files.keys()), ...projectRoots(head.files.keys())];
  const withoutConfig = roots.length === 0;
  const chosen = options.project !== undefined ? [where === '' ? '' : where] : withoutConfig ? [''] : projectsAround(roots, where);
  if (options.project !== undefined && !withoutConfig && !roots.includes(chosen[0]!)) {
    throw new GitError(`no project at ${options.project}: neither ${base.name} nor ${head.name} has a cxgov.yaml in that folder.`);
  }
  const today = options.today ?? localDate();
  const shared = new SharedAnalyses();
  const changes: EntityChange[] = [];
  const problems: DiffReport['problems'] = { introduced: [], fixed: [], unchanged: 0 };
  for (const root of chosen) {
    const before = await loadRevisionProject(base, repository, root, shared, today, withoutConfig);
    const after = await loadRevisionProject(head, repository, root, shared, today, withoutConfig);
    const broken = [...atRevision(before, base), ...atRevision(after, head)];
    if (broken.length > 0) return { problems: broken };
    const found = entityChanges(before.project?.index, after.project?.index, repository, root === '' ? '.' : root);
    if (options.handbookLinks && after.project) addHandbookLocations(found, after.project);
    changes.push(...found);
    const matched = matchProblems(before.project?.problems ?? [], after.project?.problems ?? [], repository);
    problems.introduced.push(...matched.introduced);
    problems.fixed.push(...matched.fixed);
    problems.unchanged += matched.unchanged;
  }
  changes.sort(compareChanges);
  problems.introduced.sort(compareProblems);
  problems.fixed.sort(compareProblems);
  return {
    report: {
      base: { revision: base.name, commit: baseCommit },
      head: { revision: head.name, ...(headCommit !== undefined && { commit: headCommit }) },
      projects: chosen.map((root) => (root === '' ? '.' : root)),
      changes,
      problems,
    },
    problems: [],
  };
}

/** A side's configuration problems, saying which side they are at. */
function atRevision(load: RevisionLoad, side: RevisionFiles): Problem[] {
  return load.problems.map((problem) => ({ ...problem, message: `${problem.message} (at ${side.name})` }));
}

/** Most customer-relevant first, then in reading order. */
function compareChanges(a: EntityChange, b: EntityChange): number {
  return RISKS.indexOf(a.risk) - RISKS.indexOf(b.risk) || compareText(a.file, b.file) || a.line - b.line || a.column - b.column;
}

function compareProblems(a: DiffProblem, b: DiffProblem): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
