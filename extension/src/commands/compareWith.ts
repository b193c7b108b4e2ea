import * as vscode from 'vscode';
import { CompareWithRequest, RevisionsRequest, type CompareWithResult } from 'cxgov-language-server/protocol';
import type { Session } from '../session';

/**
 * *Compare with…*: the review `cxgov diff REVISION` writes for a pull request, for the project of
 * the active file against a revision the user picks (or the one given), shown in the Markdown
 * preview. The server compares the saved files.
 */
export async function compareWith(session: Session, given: string | undefined): Promise<CompareWithResult | undefined> {
  // git runs what a repository's configuration names (core.fsmonitor, say): not in a workspace nobody trusts.
  if (!vscode.workspace.isTrusted) throw new Error('Compare with… runs git on the repository: trust the workspace first.');
  const client = await session.ready();
  const file = vscode.window.activeTextEditor?.document.uri;
  const uri = file?.scheme === 'file' ? file.toString() : null;
  const revision = given ?? (await pickRevision(client.sendRequest(RevisionsRequest, { uri })));
  if (!revision) return undefined;
  const result = await client.sendRequest(CompareWithRequest, { uri, revision });
  if (!result) return undefined;
  const review = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
  await vscode.commands.executeCommand('markdown.showPreview', review.uri);
  return result;
}

/** A quick pick of the repository's branches, tags and recent commits; what the user types is a revision too. */
async function pickRevision(choices: Thenable<{ revision: string; description: string }[]>): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick();
  pick.title = 'cxgov: Compare with…';
  pick.placeholder = 'A branch, a tag, HEAD~1 or a commit id';
  pick.busy = true;
  let listed: vscode.QuickPickItem[] = [];
  const typed = () => {
    const value = pick.value.trim();
    pick.items = value === '' || listed.some((item) => item.label === value) ? listed : [{ label: value, description: 'the revision typed' }, ...listed];
  };
  void Promise.resolve(choices).then((found) => {
    listed = found.map(({ revision, description }) => ({ label: revision, description }));
    pick.busy = false;
    typed();
  });
  pick.onDidChangeValue(typed);
  const chosen = new Promise<string | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || undefined)));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.show();
  const revision = await chosen;
  pick.dispose();
  return revision;
}
