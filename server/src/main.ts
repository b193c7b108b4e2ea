// The one wiring file: the connection, the open documents, the workspace host and the features.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { plural, VERSION } from 'cxgov/editor';
import { registerCommands, SERVER_COMMANDS } from './commands/index.js';
import { registerDiagnostics } from './features/diagnostics.js';
import { registerFeatures, type ClientSupport } from './features/index.js';
import { registerSemanticTokensRefresh } from './features/semanticTokens.js';
import { FIX_ALL_KIND } from './service/fixAll.js';
import { SEMANTIC_TOKENS_LEGEND } from './service/semanticTokens.js';
import { listenToFileChanges, registerFileWatchers } from './host/fileWatching.js';
import { filePath, OpenDocuments } from './host/openDocuments.js';
import { Workspace } from './host/workspaceHost.js';
import { ProjectsIndexedNotification, type ProjectsIndexedParams } from './protocol.js';
import { guardProtocol, openTransport, type Transport } from './transport.js';

const NAME = 'cxgov-language-server';

const HELP = `Usage: ${NAME} --stdio | --node-ipc | --socket=PORT | --pipe=NAME

The cxgov language server: diagnostics, completion, hover, navigation, rename
and quick fixes for CX governance YAML, in any LSP editor.

Options:
  --stdio        talk LSP over standard input and output (Neovim, Helix, Emacs…)
  --node-ipc     talk LSP over Node IPC (the VS Code extension)
  --version      print the version and exit
  --help         print this help and exit
`;

/** Starts the server on a transport. */
function startServer(transport: Transport): void {
  const connection = createConnection(ProposedFeatures.all, ...transport, guardProtocol(transport, endServer));
  const documents = new TextDocuments(TextDocument);
  const open = new OpenDocuments();
  const log = (message: string) => connection.console.error(message);
  // The last line of defence of "never crash": a forgotten promise is logged, not fatal.
  process.on('unhandledRejection', (reason) => log(`cxgov: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  const workspace = new Workspace({ openText: (path) => open.text(path), log });
  let folders: string[] = [];
  let watchDynamically = false;
  let folderEvents = false;
  const client: ClientSupport = { completionItemDefaults: new Set(), completionLabelDetails: false, showDocument: false };
  let refreshTokens = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = workspaceFolders(params);
    watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    folderEvents = params.capabilities.workspace?.workspaceFolders === true;
    client.completionItemDefaults = new Set(params.capabilities.textDocument?.completion?.completionList?.itemDefaults ?? []);
    client.completionLabelDetails = params.capabilities.textDocument?.completion?.completionItem?.labelDetailsSupport === true;
    client.showDocument = params.capabilities.window?.showDocument?.support === true;
    refreshTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    return { capabilities: capabilities(), serverInfo: { name: NAME, version: VERSION } };
  });

  connection.onInitialized(() => {
    if (refreshTokens) registerSemanticTokensRefresh(connection, workspace, log);
    initialized(connection, workspace, folders, { watchDynamically, folderEvents }).catch((error: unknown) => log(`cxgov: starting failed: ${String(error)}`));
  });
  connection.onShutdown(() => workspace.dispose());

  open.listen(documents, workspace, log);
  listenToFileChanges(connection, workspace);
  registerDiagnostics(connection, workspace, documents);
  registerCommands(connection, workspace);
  registerFeatures(connection, workspace, client);
  documents.listen(connection);
  connection.listen();
}

/** Every capability the server offers; request features register their handlers in `registerFeatures`. */
function capabilities(): InitializeResult['capabilities'] {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    completionProvider: { triggerCharacters: [':', ' ', '[', ',', '-'], resolveProvider: true },
    hoverProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
    codeLensProvider: { resolveProvider: false },
    executeCommandProvider: { commands: SERVER_COMMANDS },
    documentHighlightProvider: true,
    selectionRangeProvider: true,
    foldingRangeProvider: true,
    semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** After `initialized`: watch files, follow folder changes, index every project with progress. */
async function initialized(
  connection: Connection,
  workspace: Workspace,
  folders: string[],
  client: { watchDynamically: boolean; folderEvents: boolean },
): Promise<void> {
  const report = (what: string) => (error: unknown) =>
    connection.console.error(`cxgov: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (client.watchDynamically) registerFileWatchers(connection).catch(report('watching files'));
  if (client.folderEvents) {
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      const gone = new Set(removed.map((folder) => filePath(folder.uri)));
      const now = [...workspace.folders().filter((folder) => !gone.has(folder)), ...added.flatMap((folder) => filePath(folder.uri) ?? [])];
      void workspace.setFolders(now);
    });
  }
  // Without progress (a client that refuses it), indexing still runs.
  const progress = connection.window.createWorkDoneProgress().then(
    (created) => (created.begin('cxgov: indexing governance projects', 0), created),
    () => undefined,
  );
  const started = performance.now();
  // Indexing is queued before the client answers about progress: a request that arrives meanwhile
  // (a command run at once) waits for the projects instead of finding none.
  await workspace.setFolders(folders, { report: (message, percentage) => void progress.then((created) => created?.report(percentage, message)) });
  (await progress)?.done();
  announceIndexed(connection, { ...workspace.summary(), milliseconds: Math.round(performance.now() - started) });
}

/** One info line for the client's log, and the notification that ends the client's "starting…". */
function announceIndexed(connection: Connection, indexed: ProjectsIndexedParams): void {
  const found =
    indexed.projects === 0
      ? 'no project (no cxgov.yaml in the workspace), nothing to check'
      : `${plural(indexed.projects, 'project')}, ${plural(indexed.sources, 'source')}, checked in ${indexed.milliseconds} ms`;
  connection.console.info(`${NAME} ${VERSION}: ${found}`);
  void connection.sendNotification(ProjectsIndexedNotification, indexed);
}

/** Ends the process, saying why on standard error (the client's log of the server). */
function endServer(code: number, reason?: string): void {
  if (reason) process.stderr.write(`${NAME}: ${reason}\n`);
  process.exit(code);
}

function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths = uris.flatMap((uri) => filePath(uri) ?? []);
  if (paths.length === 0 && params.rootPath) paths.push(params.rootPath);
  return paths;
}

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(HELP);
} else {
  const transport = openTransport(args);
  if (transport) startServer(transport);
  else {
    process.stderr.write(HELP);
    process.exitCode = 2;
  }
}
