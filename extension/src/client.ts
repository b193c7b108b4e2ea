import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SECTION, type Config } from './config';

/** Creates (does not start) the client for the bundled server, or for `cxgov.server.path`. */
export function createClient(context: vscode.ExtensionContext, config: Config, output: vscode.OutputChannel): LanguageClient {
  const clientOptions: LanguageClientOptions = {
    // The server decides which YAML files are governance sources; the rest it leaves alone. It
    // also asks for the file events it needs (dynamic registration), so the client watches nothing itself.
    // Untitled buffers are checked too, against the workspace's project, until they are saved.
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    outputChannel: output,
    traceOutputChannel: output,
    // The server logs its own trouble to the output; a pop-up on every log line would be noise.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return new LanguageClient(SECTION, 'cxgov', serverOptions(context, config), clientOptions);
}

function serverOptions(context: vscode.ExtensionContext, config: Config): ServerOptions {
  const path = config.serverPath;
  if (path && !/\.[cm]?js$/.test(path)) {
    // An executable such as node_modules/.bin/cxgov-language-server: it speaks LSP over stdio.
    return { command: path, transport: TransportKind.stdio };
  }
  const module = path ?? context.asAbsolutePath('dist/server.mjs');
  return {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
}
