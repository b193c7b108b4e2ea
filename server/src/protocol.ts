// The cxgov messages beyond LSP, declared once for the server and every client (the VS Code
// extension imports this file as `cxgov-language-server/protocol`). It depends on the protocol
// types only, so a client that bundles it takes none of the server's code.
import { NotificationType, RequestType, type DocumentUri, type Location, type Position } from 'vscode-languageserver-protocol';

/** Where to create a new project. */
export interface NewProjectParams {
  /** The folder: a `file:` URI or an absolute path; the first workspace folder when absent. */
  folder?: DocumentUri | null;
  /** Write only `cxgov.yaml`, for governance files that are there already (never the sample sources). */
  configOnly?: boolean;
  /** With `configOnly`: the sources' globs (relative to the folder) when the default ones would miss them. */
  include?: string[] | null;
}

/** What `cxgov/newProject` did: the files it wrote, or the existing files that stopped it. */
export interface NewProjectResult {
  folder: string;
  created: string[];
  existing: string[];
}

/**
 * Scaffolds a small, valid project like `cxgov init`, never overwriting a file. Answers `null`
 * (after a `window/showMessage` saying why) when there is no folder to write to.
 */
export const NewProjectRequest = new RequestType<NewProjectParams, NewProjectResult | null, void>('cxgov/newProject');

/** Which project's handbook to write, and optionally the entry to find in it. */
export interface GenerateHandbookParams {
  /** A file of the project (`file:` URI); the first project of the workspace when absent. */
  uri?: DocumentUri | null;
  /** With `uri`: the cursor, to name the page (and heading) of the entry there. */
  position?: Position | null;
}

/** What `cxgov/generateHandbook` wrote, and the page (with anchor) of the entry at the given position. */
export interface GenerateHandbookResult {
  folder: string;
  pages: string[];
  page: { file: string; anchor?: string };
}

/**
 * Writes the handbook of a project from the text the editor holds (unsaved edits included), with
 * the same safety as `cxgov handbook`. Answers `null` (after a `window/showMessage`) when nothing
 * was written.
 */
export const GenerateHandbookRequest = new RequestType<GenerateHandbookParams, GenerateHandbookResult | null, void>('cxgov/generateHandbook');

/** What to compare the working tree with: `cxgov diff REVISION` for the project of a file. */
export interface CompareWithParams {
  /** A file or folder of the project (`file:` URI); the first project of the workspace when absent. */
  uri?: DocumentUri | null;
  /** A git revision: a branch, a tag, `HEAD~1`, a commit id. */
  revision: string;
}

/** The review, as `cxgov diff` writes it for a pull-request comment. */
export interface CompareWithResult {
  /** The revision compared with, as given. */
  base: string;
  markdown: string;
}

/**
 * Compares the project's saved files with a revision, as `cxgov diff REVISION` does. Answers `null`
 * (after a `window/showMessage` saying why) when it cannot: no git repository, an unknown revision,
 * a `cxgov.yaml` that is not valid at one side.
 */
export const CompareWithRequest = new RequestType<CompareWithParams, CompareWithResult | null, void>('cxgov/compareWith');

/** Where to list revisions: a file or folder in the repository; the first project when absent. */
export interface RevisionsParams {
  uri?: DocumentUri | null;
}

/** A revision to offer, and what it is ("branch: …", "tag: …", "a1b2c3d: …"). */
export interface RevisionChoice {
  revision: string;
  description: string;
}

/** The branches, tags and recent commits of the project's repository, newest first; empty outside one. */
export const RevisionsRequest = new RequestType<RevisionsParams, RevisionChoice[], void>('cxgov/revisions');

/**
 * The command of every code lens: show these locations, the entries the lens counts, as references
 * of the id at `position` in `uri`. The client runs it (VS Code: the references peek; other editors
 * register a handler, see the README); the server does not.
 */
export const SHOW_REFERENCES_COMMAND = 'cxgov.showReferences';

/** The arguments of `cxgov.showReferences`, in the order of VS Code's `editor.action.showReferences`. */
export type ShowReferencesArguments = [uri: DocumentUri, position: Position, locations: Location[]];

/**
 * The server's command that a quick fix creating an entry carries: run once its edit is made, it
 * asks the client (`window/showDocument`) to open the file at the new entry's id.
 */
export const SHOW_ENTRY_COMMAND = 'cxgov.showEntry';

/** The arguments of `cxgov.showEntry`: where the new entry's id is. */
export type ShowEntryArguments = [location: Location];

/** What the server found when it first indexed the workspace. */
export interface ProjectsIndexedParams {
  /** How many governance projects (`cxgov.yaml` files) it found. */
  projects: number;
  /** How many sources those projects hold. */
  sources: number;
  /** How long finding, reading and checking them took. */
  milliseconds: number;
}

/**
 * Sent once, when the first check of every project is done (with no project, at once): a client
 * shows "starting…" until then, rather than counts of problems nobody looked for yet.
 */
export const ProjectsIndexedNotification = new NotificationType<ProjectsIndexedParams>('cxgov/projectsIndexed');
