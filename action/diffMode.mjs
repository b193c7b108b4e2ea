// The Action's `diff` mode: `cxgov diff BASE HEAD` for the project, its Markdown appended to the job
// summary and, when a token is given, posted on the pull request (one comment, updated each run).
import { appendFileSync } from 'node:fs';
import { UsageError, runCxgov } from './cxgovCommand.mjs';
import { commentMarker, pullRequestOf, upsertComment } from './prComment.mjs';

/** A revision as the Action passes it on: never empty, never read as an option. */
const REVISION = /^[^-\s][^\s]*$/;

/** Runs the diff; returns cxgov's exit code (a failed comment is a warning, not a failed review). */
export async function diffProject(command, inputs, env) {
  const pull = pullRequestOf(env);
  const base = inputs.base || pull?.baseSha || (env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : '');
  if (!base) throw new UsageError('mode diff needs a base revision: set the base input, or run on a pull_request event.');
  for (const [name, value] of [['base', base], ['head', inputs.head]]) {
    if (!REVISION.test(value)) throw new UsageError(`${name} "${value}" is not a git revision.`);
  }
  const args = ['diff', base, inputs.head];
  if (inputs.failOn) args.push('--fail-on', inputs.failOn);
  if (inputs.handbookUrl) args.push('--handbook-url', inputs.handbookUrl);
  const run = runCxgov(command, args, { capture: true, cwd: inputs.path });
  process.stdout.write(run.stdout);
  if (run.status === 2 || run.stdout === '') return run.status;
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${run.stdout}\n`);
  if (inputs.token) await comment(run.stdout, inputs, env, pull);
  return run.status;
}

async function comment(markdown, inputs, env, pull) {
  if (!pull) return console.log('::warning title=cxgov diff::No pull request in this run: the diff is in the job summary only.');
  if (!env.GITHUB_REPOSITORY) return console.log('::warning title=cxgov diff::GITHUB_REPOSITORY is not set: no comment posted.');
  try {
    const done = await upsertComment({
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      repository: env.GITHUB_REPOSITORY,
      number: pull.number,
      token: inputs.token,
      marker: commentMarker(inputs.path),
      markdown,
    });
    console.log(`cxgov diff: pull request comment ${done}.`);
  } catch (error) {
    // Pull requests from forks get a read-only token: the review is still in the job summary.
    console.log(`::warning title=cxgov diff::The pull request comment could not be posted (${oneLine(error.message)}); the diff is in the job summary.`);
  }
}

function oneLine(text) {
  return String(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
