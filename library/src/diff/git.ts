import { execFile, spawn } from 'node:child_process';

/** Why git refused: a message for the user, never a stack trace. */
export class GitError extends Error {}

/**
 * Settings of the repository's configuration that would make git run a command of its own: a
 * review reads revisions only (`ls-files` of the working tree runs `core.fsmonitor`).
 */
const NO_COMMANDS = ['-c', 'core.fsmonitor=false'];

/** Output of git that may be large (a tree of 20,000 files): the limit only stops a runaway. */
const MAX_OUTPUT = 1 << 30;

/**
 * Runs git in `cwd` with the given arguments, no shell: an argument is never a command. Resolves
 * with standard output; rejects with a GitError carrying git's first line of complaint.
 */
export function git(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', [...NO_COMMANDS, ...args], { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT, env: quietEnvironment() }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !stderr.length) return reject(new GitError('git is not installed or not on the PATH: cxgov diff reads revisions through git.'));
      reject(new GitError(firstLine(stderr.toString('utf8')) || error.message));
    });
  });
}

/**
 * The contents of many blobs through one `git cat-file --batch` process: ids in on standard input,
 * `<id> <type> <size>\n<bytes>\n` out for each, in the same order.
 */
export function readBlobs(cwd: string, ids: readonly string[]): Promise<Buffer[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...NO_COMMANDS, 'cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: quietEnvironment() });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', (error) => reject(new GitError(`git cat-file cannot start: ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new GitError(firstLine(Buffer.concat(errors).toString('utf8')) || `git cat-file failed (exit ${code}).`));
      try {
        resolve(splitBatch(Buffer.concat(chunks), ids));
      } catch (error) {
        reject(error);
      }
    });
    // A closed pipe (git died) is reported by `close`, with git's own message.
    child.stdin.on('error', () => undefined);
    child.stdin.end(`${ids.join('\n')}\n`);
  });
}

/** The objects of a `cat-file --batch` output, in order. */
function splitBatch(output: Buffer, ids: readonly string[]): Buffer[] {
  const blobs: Buffer[] = [];
  let at = 0;
  for (const id of ids) {
    const end = output.indexOf(10, at);
    const header = output.toString('utf8', at, end).split(' ');
    if (end < 0 || header[1] === 'missing' || header.length < 3) throw new GitError(`git has no object ${id}.`);
    const size = Number(header[2]);
    blobs.push(output.subarray(end + 1, end + 1 + size));
    at = end + 1 + size + 1;
  }
  return blobs;
}

/** git never asks a question on a terminal nor pages its output. */
function quietEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' };
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '')?.replace(/^(fatal|error): /, '').trim() ?? '';
}
