// Posts the diff's Markdown as a pull-request comment through the GitHub REST API, or updates the
// comment an earlier run posted (found by a hidden marker), so a pull request has one cxgov comment
// per project however often it is pushed. Plain JavaScript without dependencies (global fetch).
import { readFileSync } from 'node:fs';

/** GitHub refuses comments longer than this many characters. */
const MAX_COMMENT = 65_536;

/** The hidden first line that marks the comment of this project's diff. */
export function commentMarker(path) {
  return `<!-- cxgov diff: ${path.replace(/-->/g, '')} -->`;
}

/** The pull request a workflow run is about, from the event file GitHub writes; undefined outside one. */
export function pullRequestOf(env) {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
    const pull = event.pull_request;
    return pull && Number.isInteger(pull.number) ? { number: pull.number, baseSha: pull.base?.sha } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates or updates the comment; resolves to `created` or `updated`, or rejects with a message
 * that names the API's answer (never the token).
 */
export async function upsertComment({ apiUrl, repository, number, token, marker, markdown }) {
  const api = apiUrl.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'cxgov-action' };
  const body = JSON.stringify({ body: fitted(`${marker}\n${markdown}`) });
  const existing = await findComment(api, repository, number, headers, marker);
  const [method, url] = existing ? ['PATCH', `${api}/repos/${repository}/issues/comments/${existing}`] : ['POST', `${api}/repos/${repository}/issues/${number}/comments`];
  const response = await fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status} ${response.statusText}`);
  return existing ? 'updated' : 'created';
}

/** The id of this project's comment among the pull request's, page by page. */
async function findComment(api, repository, number, headers, marker) {
  for (let page = 1; page <= 50; page++) {
    const url = `${api}/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`;
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status} ${response.statusText}`);
    const comments = await response.json();
    const mine = comments.find((comment) => typeof comment.body === 'string' && comment.body.startsWith(marker));
    if (mine) return mine.id;
    if (comments.length < 100) return undefined;
  }
  return undefined;
}

/** A comment GitHub accepts: cut, with a note, when too long. */
function fitted(text) {
  if (text.length <= MAX_COMMENT) return text;
  const note = '\n\n_The comment is cut here: run `cxgov diff` or read the job summary for the whole report._\n';
  return text.slice(0, MAX_COMMENT - note.length) + note;
}
