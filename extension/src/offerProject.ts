import * as vscode from 'vscode';
import { inProject, looksLikeGovernance, suggestProject } from './governanceFile';

/** Remembered per workspace: the offer is made once, never again after. */
const OFFERED_KEY = 'cxgov.projectOffered';

/**
 * Governance YAML that no project holds is checked by nothing: says so once per workspace, with
 * the way to make it a project ("Create cxgov.yaml").
 */
export async function offerProject(context: vscode.ExtensionContext, document: vscode.TextDocument): Promise<void> {
  if (context.workspaceState.get<boolean>(OFFERED_KEY) || !looksLikeGovernance(document) || (await inProject(document.uri))) return;
  if (context.workspaceState.get<boolean>(OFFERED_KEY)) return;
  await context.workspaceState.update(OFFERED_KEY, true);
  const name = vscode.workspace.asRelativePath(document.uri);
  const choice = await vscode.window.showInformationMessage(
    `cxgov: ${name} looks like CX governance YAML, but no cxgov.yaml makes it part of a project, so nothing checks it.`,
    'Create cxgov.yaml',
  );
  const create = createProjectCommand(document.uri);
  if (choice === create.title) await vscode.commands.executeCommand(create.command, ...create.arguments!);
}

/** "New governance project" for a governance file already there: it writes only the cxgov.yaml that holds it. */
export function createProjectCommand(file: vscode.Uri): vscode.Command {
  const { folder, include } = suggestProject(file);
  return { title: 'Create cxgov.yaml', command: 'cxgov.newProject', arguments: [folder, { configOnly: true, include: [...include] }] };
}
