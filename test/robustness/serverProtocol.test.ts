// The language server's side of the protocol when the client misbehaves: requests after
// `shutdown` get InvalidRequest (as the LSP specification says), and a stream whose framing is
// broken (a bad Content-Length header) ends the server, so that the client starts a new one
// instead of waiting forever on a silent server. Raw bytes over a real stdio process.
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { LspClient, SERVER_BIN } from '../helpers/lspClient.js';
import { MINIMAL_CONFIG, tempProject } from '../helpers/tempProject.js';

/** Far above the time the server takes to notice: only a server that never ends reaches it. */
const END_WITHIN_MS = 10_000;

/** A client that writes raw bytes to the server's standard input and reads framed messages back. */
class RawClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly exited: Promise<number | null>;
  stderr = '';
  private pending = Buffer.alloc(0);
  private readonly messages: { id?: unknown; result?: unknown; error?: { code: number } }[] = [];
  private onMessage: (() => void) | undefined;

  constructor() {
    this.process = spawn(process.execPath, [SERVER_BIN, '--stdio']);
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.process.stdout.on('data', (chunk: Buffer) => this.read(chunk));
  }

  frame(message: object): string {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  }

  write(bytes: string): void {
    this.process.stdin.write(bytes);
  }

  /** The response to request `id`. */
  async response(id: number): Promise<{ result?: unknown; error?: { code: number } }> {
    for (;;) {
      const found = this.messages.find((message) => message.id === id);
      if (found) return found;
      await new Promise<void>((resolve) => (this.onMessage = resolve));
    }
  }

  async initialize(root: string): Promise<void> {
    this.write(this.frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: `file://${root}`, name: 'p' }], capabilities: {} } }));
    assert.ok((await this.response(1)).result);
    this.write(this.frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  }

  /** The exit code, or 'still running' when the server has not ended in time. */
  ended(): Promise<number | null | 'still running'> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), END_WITHIN_MS)));
    return Promise.race([this.exited, late]).finally(() => clearTimeout(timer));
  }

  private read(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      const end = this.pending.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.pending.subarray(0, end).toString())?.[1]);
      if (this.pending.length < end + 4 + length) return;
      this.messages.push(JSON.parse(this.pending.subarray(end + 4, end + 4 + length).toString()) as { id?: unknown });
      this.pending = this.pending.subarray(end + 4 + length);
      this.onMessage?.();
    }
  }
}

const BODY = JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'workspace/symbol', params: { query: '' } });

describe('the language server protocol, when the client breaks it', () => {
  let project: ReturnType<typeof tempProject>;
  before(() => (project = tempProject({ 'cxgov.yaml': MINIMAL_CONFIG, 'governance/owners.yaml': 'owners:\n  - id: cx-lead\n    name: CX lead\n    type: role\n    customers: [everyone]\n' })));
  after(() => project.cleanup());

  it('answers requests after shutdown with InvalidRequest, then exits 0 on exit', async () => {
    const client = new LspClient();
    try {
      await client.start(project.root);
      assert.ok(Array.isArray(await client.connection.sendRequest('workspace/symbol', { query: '' })));
      await client.connection.sendRequest('shutdown');
      for (const [method, params] of [
        ['workspace/symbol', { query: '' }],
        ['shutdown', undefined],
      ] as const) {
        const answer = await client.connection.sendRequest(method, params).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
        assert.ok('error' in answer && answer.error instanceof ResponseError, `${method} after shutdown answered ${JSON.stringify(answer)}`);
        assert.equal(answer.error.code, ErrorCodes.InvalidRequest);
      }
      await client.connection.sendNotification('exit');
      assert.equal(await client.exited, 0);
    } finally {
      await client.stop();
    }
  });

  for (const [name, bytes] of [
    ['no Content-Length', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${BODY}`],
    ['a word for a length', `Content-Length: many\r\n\r\n${BODY}`],
    ['a negative length', `Content-Length: -20\r\n\r\n${BODY}`],
    ['a length too short', `Content-Length: 10\r\n\r\n${BODY}`],
    ['a length too long, then the next message', `Content-Length: ${BODY.length + 30}\r\n\r\n${BODY}Content-Length: ${BODY.length}\r\n\r\n${BODY}`],
  ] as const) {
    it(`ends, with a message, on a header with ${name}`, async () => {
      const client = new RawClient();
      try {
        await client.initialize(project.root);
        client.write(bytes);
        const code = await client.ended();
        assert.notEqual(code, 'still running', `the server went silent and kept running; stderr: ${client.stderr}`);
        assert.notEqual(code, 0);
        assert.match(client.stderr, /cxgov-language-server: the client's messages cannot be read/);
      } finally {
        client.process.kill();
      }
    });
  }
});
