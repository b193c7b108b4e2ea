import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  RevealOutputChannelOn,
  TransportKind,
  type ExecuteCommandRegistrationOptions,
  type LanguageClientOptions,
  type RegistrationData,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SECTION, type Config } from './config';

/** Creates (does not start) the client for the bundled server, or for `cxgov.server.path`. */
export function createClient(context: vscode.ExtensionContext, config: Config, output: vscode.OutputChannel, ownCommands: readonly string[]): LanguageClient {
  const clientOptions: LanguageClientOptions = {
    // The server decides which YAML files are governance sources; the rest it leaves alone.
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
    },
    outputChannel: output,
    traceOutputChannel: output,
    // The server logs its own trouble to the output; a pop-up on every log line would be noise.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  const client = new LanguageClient(SECTION, 'cxgov', serverOptions(context, config), clientOptions);
  leaveCommandsToExtension(client, ownCommands);
  return client;
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

/**
 * vscode-languageclient registers every command the server lists in `executeCommandProvider` as a
 * VS Code command. Some of those are also the extension's own commands (`cxgov.newProject` asks
 * for a folder, then calls the server's command of the same name): registering an id twice
 * throws and would stop the client from starting, so the client leaves those ids to the extension.
 */
function leaveCommandsToExtension(client: LanguageClient, ownCommands: readonly string[]): void {
  const feature = client.getFeature(ExecuteCommandRequest.method);
  const register = feature.register.bind(feature);
  feature.register = (data: RegistrationData<ExecuteCommandRegistrationOptions>) =>
    register({
      ...data,
      registerOptions: { ...data.registerOptions, commands: data.registerOptions.commands.filter((command) => !ownCommands.includes(command)) },
    });
}
