import { MessageType, type Connection } from 'vscode-languageserver';
import type { WorkspaceHost } from '../host/types.js';
import type { CompareWithParams, CompareWithResult, RevisionChoice, RevisionsParams } from '../protocol.js';
import { requestedPath, requestedProject, tell } from './arguments.js';

/** The review of the project's working tree against a revision, as `cxgov diff REVISION` writes it. */
export async function compareWith(connection: Connection, host: WorkspaceHost, params: CompareWithParams | null): Promise<CompareWithResult | null> {
  const revision = params?.revision;
  if (typeof revision !== 'string' || revision.trim() === '') {
    tell(connection, MessageType.Error, 'cxgov: name a revision to compare with (a branch, a tag, HEAD~1 or a commit id).');
    return null;
  }
  const requested = await requestedProject(connection, host, params?.uri, 'to compare');
  if (!requested) return null;
  // The diff (and the Markdown toolchain) is loaded by the first command that needs it, not at start-up.
  const { diffRevisions, formatDiffMarkdown } = await import('cxgov');
  const result = await diffRevisions({ cwd: requested.state.settings.root, base: revision, project: '.' });
  if (!result.report) {
    for (const problem of result.problems) tell(connection, MessageType.Error, `cxgov: ${problem.message}`);
    return null;
  }
  return { base: revision, markdown: formatDiffMarkdown(result.report) };
}

/** The revisions to offer for the project of a file; none outside a git repository. */
export async function revisions(host: WorkspaceHost, params: RevisionsParams | null): Promise<RevisionChoice[]> {
  const path = requestedPath(params?.uri);
  const root = path ?? (await host.projects())[0]?.settings.root;
  if (!root) return [];
  const { recentRevisions } = await import('cxgov');
  return recentRevisions(root).catch(() => []);
}
