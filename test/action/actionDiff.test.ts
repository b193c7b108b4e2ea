// The Action's diff mode run as GitHub runs it: a real process in a git workspace, the job summary
// in a file, and a local HTTP server standing in for the GitHub API (GITHUB_API_URL): no network.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, withWorkspaceAsync, type ScriptRun } from './actionWorkspace.js';
import { gitIn } from '../diff/gitRepository.js';

/** The sample committed on main, then a pull request that lowers the NPS target: BASE's commit id. */
function pullRequest(root: string): string {
  writeFileSync(join(root, '.gitignore'), 'node_modules\n');
  gitIn(root, 'init', '-q', '-b', 'main');
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-q', '-m', 'base');
  const base = gitIn(root, 'rev-parse', 'HEAD');
  const file = join(root, 'cx/governance/kpis.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('      value: 70\n', '      value: 65\n'));
  gitIn(root, 'commit', '-q', '-am', 'lower the NPS target');
  return base;
}

/** What GitHub sets for a run on pull request 7 of `repository`: the event file (written in `root`) and the API's address. */
function pullRequestEnvironment(root: string, base: string, apiUrl: string, repository: string): Record<string, string> {
  const event = join(root, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: base } } }));
  return { GITHUB_EVENT_PATH: event, GITHUB_API_URL: apiUrl, GITHUB_REPOSITORY: repository };
}

/** action/run.mjs as a child process that does not block this one (the fake API answers meanwhile). */
function runAction(root: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ScriptRun & { summary: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'cxgov-summary-'));
  const summaryFile = join(folder, 'summary.md');
  writeFileSync(summaryFile, '');
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !name.startsWith('GITHUB_')));
  const variables = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name}`, value]));
  const child = spawn(process.execPath, [join(REPO, 'action/run.mjs')], { cwd: root, env: { ...inherited, NO_COLOR: '1', ...variables, GITHUB_STEP_SUMMARY: summaryFile, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const summary = readFileSync(summaryFile, 'utf8');
      rmSync(folder, { recursive: true, force: true });
      resolve({ status, stdout, stderr, summary });
    });
  });
}

interface Request {
  method: string;
  url: string;
  authorization?: string;
  body?: { body: string };
}

/** A stand-in for the comments API of one pull request: it keeps the comments and every request. */
async function fakeGitHub(): Promise<{ server: Server; url: string; requests: Request[]; comments: { id: number; body: string }[] }> {
  const requests: Request[] = [];
  const comments = [{ id: 1, body: 'Looks good to me.' }];
  const server = createServer(async (request: IncomingMessage, response) => {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    const body = text ? (JSON.parse(text) as { body: string }) : undefined;
    requests.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization, ...(body && { body }) });
    response.setHeader('content-type', 'application/json');
    if (request.method === 'GET' && request.url!.startsWith('/repos/acme/cx/issues/7/comments')) return response.end(JSON.stringify(comments));
    if (request.method === 'POST' && request.url === '/repos/acme/cx/issues/7/comments') {
      comments.push({ id: 42, body: body!.body });
      return response.end(JSON.stringify({ id: 42 }));
    }
    const patched = /^\/repos\/acme\/cx\/issues\/comments\/(\d+)$/.exec(request.url!);
    if (request.method === 'PATCH' && patched) {
      comments.find((comment) => comment.id === Number(patched[1]))!.body = body!.body;
      return response.end('{}');
    }
    response.statusCode = 404;
    response.end('{"message":"Not Found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, comments };
}

describe('the GitHub Action script, mode diff', function () {
  this.timeout(60_000);

  it('writes the review to the job summary, critical change first; exit 0', async () => {
    await withWorkspaceAsync('wow-retail', async (root) => {
      const base = pullRequest(root);
      const run = await runAction(root, { MODE: 'diff', PATH: 'cx', BASE: base });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.summary, /^### cxgov: governance changes\n/);
      assert.match(run.summary, /#### Critical: can hurt customers \(1\)\n\n- \*\*KPI `net-promoter-score`\*\* \(Net Promoter Score\): changed — an outcome target is lowered · `cx\/governance\/kpis\.yaml:6`\n  - `target\.value`: `70` → `65`/);
    });
  });

  it('takes the base commit of the pull request from the event when no base is given, and posts one comment, updated on the next run', async () => {
    const github = await fakeGitHub();
    try {
      await withWorkspaceAsync('wow-retail', async (root) => {
        const base = pullRequest(root);
        const env = pullRequestEnvironment(root, base, github.url, 'acme/cx');
        const first = await runAction(root, { MODE: 'diff', PATH: 'cx', GITHUB_TOKEN: 'secret-token' }, env);
        assert.equal(first.status, 0, first.stdout + first.stderr);
        assert.match(first.stdout, /pull request comment created/);
        assert.doesNotMatch(first.stdout + first.stderr, /secret-token/);
        assert.deepEqual(github.requests.map((request) => `${request.method} ${request.url.split('?')[0]}`), ['GET /repos/acme/cx/issues/7/comments', 'POST /repos/acme/cx/issues/7/comments']);
        assert.equal(github.requests[1]!.authorization, 'Bearer secret-token');
        const posted = github.comments.find((comment) => comment.id === 42)!;
        assert.match(posted.body, /^<!-- cxgov diff: cx -->\n### cxgov: governance changes\n/);
        assert.match(posted.body, /an outcome target is lowered/);

        const second = await runAction(root, { MODE: 'diff', PATH: 'cx', GITHUB_TOKEN: 'secret-token' }, env);
        assert.equal(second.status, 0, second.stdout + second.stderr);
        assert.match(second.stdout, /pull request comment updated/);
        assert.deepEqual(github.requests.slice(2).map((request) => `${request.method} ${request.url.split('?')[0]}`), ['GET /repos/acme/cx/issues/7/comments', 'PATCH /repos/acme/cx/issues/comments/42']);
        assert.equal(github.comments.length, 2, 'one comment of cxgov, and the reviewer\'s');
      });
    } finally {
      github.server.close();
    }
  });

  it('a comment the API refuses is a warning: the review stays in the summary and the exit code is the diff\'s', async () => {
    const github = await fakeGitHub();
    try {
      await withWorkspaceAsync('wow-retail', async (root) => {
        const base = pullRequest(root);
        const run = await runAction(root, { MODE: 'diff', PATH: 'cx', GITHUB_TOKEN: 't' }, pullRequestEnvironment(root, base, github.url, 'someone/else'));
        assert.equal(run.status, 0, run.stdout + run.stderr);
        assert.match(run.stdout, /^::warning title=cxgov diff::The pull request comment could not be posted \(GET .* answered 404 Not Found\)/m);
        assert.match(run.summary, /an outcome target is lowered/);
      });
    } finally {
      github.server.close();
    }
  });

  it('fail-on is passed on: a change that introduces an error exits 1', async () => {
    await withWorkspaceAsync('wow-retail', async (root) => {
      const base = pullRequest(root);
      const file = join(root, 'cx/governance/kpis.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('owner: cx-insights-lead', 'owner: nobody-here'));
      gitIn(root, 'commit', '-q', '-am', 'break an owner');
      const run = await runAction(root, { MODE: 'diff', PATH: 'cx', BASE: base, FAIL_ON: 'introduced' });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      assert.match(run.summary, /Problems introduced \(1\)/);
    });
  });

  it('bad inputs: exit 2 naming them, nothing in the summary', async () => {
    await withWorkspaceAsync('wow-retail', async (root) => {
      pullRequest(root);
      const cases: [Record<string, string>, RegExp][] = [
        [{ MODE: 'review' }, /cxgov action: mode "review" is not one of lint, diff\./],
        [{ MODE: 'diff' }, /cxgov action: mode diff needs a base revision/],
        [{ MODE: 'diff', BASE: '--output=x' }, /cxgov action: base "--output=x" is not a git revision\./],
        [{ MODE: 'diff', BASE: 'no-such-branch' }, /cxgov: unknown revision "no-such-branch"/],
      ];
      for (const [inputs, message] of cases) {
        const run = await runAction(root, { PATH: 'cx', ...inputs });
        assert.equal(run.status, 2, run.stdout + run.stderr);
        assert.match(run.stderr, message);
        assert.equal(run.summary, '');
      }
    });
  });
});
