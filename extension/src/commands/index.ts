import * as vscode from 'vscode';
import type { Session } from '../session';
import { compareWith } from './compareWith';
import { generateHandbook, previewHandbook } from './handbook';
import { newProject, projectOptions } from './newProject';
import { showReferences } from './showReferences';
import { SHOW_REFERENCES_COMMAND } from 'cxgov-language-server/protocol';

type Command = (session: Session, ...args: unknown[]) => unknown;

/** Every command of the extension, by the id declared in package.json `contributes.commands`, and the code lenses' command (not in the palette). */
const COMMANDS: Record<string, Command> = {
  'cxgov.newProject': (session, folder, options) => newProject(session, folder instanceof vscode.Uri ? folder : undefined, projectOptions(options)),
  'cxgov.generateHandbook': (session, resource) => generateHandbook(session, resource instanceof vscode.Uri ? resource : undefined),
  'cxgov.previewHandbook': (session) => previewHandbook(session),
  'cxgov.compareWith': (session, revision) => compareWith(session, typeof revision === 'string' ? revision : undefined),
  'cxgov.restartServer': (session) => session.restart(),
  'cxgov.showOutput': (session) => session.output.show(true),
  [SHOW_REFERENCES_COMMAND]: (session, ...args) => showReferences(session, ...args),
};

/** Registers the table; a command that fails says why instead of failing silently. */
export function registerCommands(context: vscode.ExtensionContext, session: Session): void {
  for (const [id, run] of Object.entries(COMMANDS)) {
    const command = vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        return await run(session, ...args);
      } catch (error) {
        void vscode.window.showErrorMessage(`cxgov: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    });
    context.subscriptions.push(command);
  }
}
