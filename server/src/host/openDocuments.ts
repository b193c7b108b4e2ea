import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { normalizePath } from './discoverProjects.js';
import type { Workspace } from './workspaceHost.js';

/** Absolute path of a `file:` URI; undefined for other schemes (`untitled:`, `git:`…), which are never sources. */
export function filePath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? normalizePath(parsed.fsPath) : undefined;
  } catch {
    return undefined;
  }
}

/** The editor's open documents by absolute path: their text replaces the disk's while they are open. */
export class OpenDocuments {
  private readonly byPath = new Map<string, TextDocument>();

  text(path: string): string | undefined {
    return this.byPath.get(path)?.getText();
  }

  /** Follows the editor's documents and tells the workspace about edits, closes and saves. */
  listen(documents: TextDocuments<TextDocument>, workspace: Workspace, log: (message: string) => void): void {
    const guarded = (what: string, handler: (path: string, document: TextDocument) => void) => (event: { document: TextDocument }) => {
      try {
        const path = filePath(event.document.uri);
        if (path) handler(path, event.document);
      } catch (error) {
        log(`cxgov: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    };
    documents.onDidChangeContent(
      guarded('didChange', (path, document) => {
        this.byPath.set(path, document);
        workspace.documentChanged(path);
      }),
    );
    documents.onDidClose(
      guarded('didClose', (path) => {
        this.byPath.delete(path);
        workspace.documentClosed(path);
      }),
    );
    documents.onDidSave(guarded('didSave', (path) => workspace.documentSaved(path)));
  }
}
