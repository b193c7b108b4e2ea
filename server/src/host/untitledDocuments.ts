import { basename, join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Problem } from 'cxgov';
import { checkAlone, analyzeFile, defaultSettings, parseSource, sectionsIn } from 'cxgov/editor';
import { pathToUri } from '../uri.js';
import type { Project } from './projectState.js';
import type { Workspace } from './workspaceHost.js';

/** The code of the notice on an untitled buffer that no single project can check. */
export const NO_PROJECT = 'no-project';

/**
 * Untitled buffers (`untitled:` URIs, never saved) that hold cxgov sections: checked as they are
 * typed, and again after each check of a project, as one more source of the workspace's only
 * project (the project is not changed). With no project or several, a buffer gets what it shows
 * alone and one notice that says how to check its references. Other YAML is left alone; closing
 * a buffer clears its diagnostics.
 */
export class UntitledDocuments {
  private readonly open = new Map<string, TextDocument>();
  private readonly shown = new Set<string>();
  /** Per buffer, the project that last checked it and the path it had there: closing it lets the project forget it. */
  private readonly checkedBy = new Map<string, { project: Project; path: string }>();
  private pending: NodeJS.Immediate | undefined;

  constructor(
    private readonly workspace: Workspace,
    private readonly send: (uri: string, diagnostics: Diagnostic[]) => void,
    private readonly convert: (problem: Problem) => Diagnostic,
    private readonly log: (message: string) => void,
  ) {}

  /** Follows the editor's untitled documents and the workspace's checks. */
  listen(documents: TextDocuments<TextDocument>): void {
    documents.onDidChangeContent(({ document }) => {
      if (!isUntitled(document.uri)) return;
      this.open.set(document.uri, document);
      this.schedule();
    });
    documents.onDidClose(({ document }) => {
      this.open.delete(document.uri);
      const checked = this.checkedBy.get(document.uri);
      this.checkedBy.delete(document.uri);
      checked?.project.forgetAside(checked.path);
      if (this.shown.delete(document.uri)) this.send(document.uri, []);
    });
    this.workspace.onDidCheck(() => {
      if (this.open.size > 0) this.schedule();
    });
  }

  /** Edits already received are applied first: one check for a burst of them. */
  private schedule(): void {
    this.pending ??= setImmediate(() => {
      this.pending = undefined;
      this.checkAll().catch((error: unknown) => this.log(`cxgov: checking untitled documents failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`));
    });
  }

  private async checkAll(): Promise<void> {
    const { projects, today } = await this.workspace.settled();
    // Read after the wait: the texts are the latest, and a buffer closed meanwhile is not shown again.
    for (const [uri, document] of this.open) {
      const diagnostics = this.diagnosticsOf(uri, document.getText(), projects, today);
      if (diagnostics) this.shown.add(uri);
      else if (!this.shown.delete(uri)) continue;
      this.send(uri, diagnostics ?? []);
    }
  }

  /** The buffer's diagnostics; undefined when it holds no cxgov section. */
  private diagnosticsOf(uri: string, text: string, projects: readonly Project[], today: string): Diagnostic[] | undefined {
    const project = projects.length === 1 ? projects[0]! : undefined;
    const settings = project?.settings ?? defaultSettings(this.workspace.folders()[0] ?? process.cwd());
    // A path no source has (`untitled:` cannot even start a file name on Windows).
    let path = join(settings.root, `untitled:${basename(URI.parse(uri).path)}`);
    while (project?.has(path)) path += '~';
    const analysis = analyzeFile(parseSource(path, text, settings.maxFileSize));
    if (sectionsIn(analysis.file).length === 0) return undefined;
    if (project) this.checkedBy.set(uri, { project, path });
    const problems = project ? project.checkAside(analysis, today) : checkAlone(analysis, settings, today);
    const diagnostics = problems.map((problem) => this.convert(problem));
    // Related places in the buffer itself point at the buffer, not at a file that does not exist.
    const pathUri = pathToUri(path);
    for (const related of diagnostics.flatMap((diagnostic) => diagnostic.relatedInformation ?? [])) if (related.location.uri === pathUri) related.location.uri = uri;
    if (!project) diagnostics.unshift(noProjectNotice(text, projects.length));
    return diagnostics;
  }
}

function isUntitled(uri: string): boolean {
  return uri.startsWith('untitled:');
}

/** One notice on the first line: references are not checked, and how to have them checked. */
function noProjectNotice(text: string, projects: number): Diagnostic {
  const why = projects === 0 ? 'the workspace has no cxgov project (a folder with cxgov.yaml)' : `the workspace has ${projects} cxgov projects and this buffer belongs to none of them`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.split(/\r?\n/, 1)[0]!.length } },
    severity: DiagnosticSeverity.Information,
    source: 'cxgov',
    code: NO_PROJECT,
    message: `Save this file into a cxgov project to check its references: ${why}.`,
  };
}
