// How the server talks to its client: the transport named on the command line, and the guard
// that holds the client to the protocol's framing and to its end (`shutdown`, then `exit`).
import {
  createServerPipeTransport,
  createServerSocketTransport,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  StreamMessageReader,
  type ConnectionOptions,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node.js';
import { CoalescingMessageWriter } from './coalescingWriter.js';

export type Transport = [reader: MessageReader, writer: MessageWriter];

/** The transport of `--stdio`, `--node-ipc`, `--socket=PORT` or `--pipe=NAME`; undefined without one. */
export function openTransport(args: readonly string[]): Transport | undefined {
  const value = (name: string) => {
    const at = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
    return at < 0 ? undefined : args[at]!.includes('=') ? args[at]!.slice(name.length + 1) : args[at + 1];
  };
  if (args.includes('--stdio')) {
    // Standard output carries the protocol: a stray console.log must not corrupt it.
    console.log = console.info = console.debug = console.error;
    return [new StreamMessageReader(process.stdin), new CoalescingMessageWriter(process.stdout)];
  }
  if (args.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  const port = Number(value('--socket'));
  if (Number.isInteger(port) && port > 0) return createServerSocketTransport(port);
  const pipe = value('--pipe');
  return pipe ? createServerPipeTransport(pipe) : undefined;
}

/**
 * Connection options that answer every request after `shutdown` with InvalidRequest and drop
 * notifications other than `exit` (the LSP specification's rule), and that end the server, via
 * `end`, when the client's stream can no longer be read (a broken Content-Length header leaves no
 * way to find the next message: a new server is the only recovery) or closes.
 */
export function guardProtocol([reader, writer]: Transport, end: (code: number, reason?: string) => void): ConnectionOptions {
  let shutDown = false;
  reader.onError((error) => end(1, `the client's messages cannot be read (${error.message.split('\n')[0]}); ending, so that the client can start a new server.`));
  // As the specification says for `exit`: 0 after a shutdown request, 1 otherwise.
  reader.onClose(() => end(shutDown ? 0 : 1));
  return {
    messageStrategy: {
      handleMessage(message, next) {
        if (shutDown && Message.isRequest(message)) {
          const refusal: ResponseMessage = { jsonrpc: '2.0', id: message.id, error: { code: ErrorCodes.InvalidRequest, message: `The server is shut down: it answers no ${message.method} request.` } };
          void writer.write(refusal);
          return;
        }
        if (shutDown && Message.isNotification(message) && message.method !== 'exit') return;
        if (Message.isRequest(message) && message.method === 'shutdown') shutDown = true;
        next(message);
      },
    },
  };
}
