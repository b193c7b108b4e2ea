// The protocol's writer over a stream (standard output): what one turn of the event loop sends
// goes out in one write (or one per 64 KB in a long turn). At start-up the server publishes the diagnostics of every file, 20,000
// notifications for a large project: the library's stream writer frames each one through a lock,
// a few promises and two stream writes, which cost more than the check that found them.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node.js';

/** Characters of JSON after which a turn's messages are written without waiting for its end. */
const FLUSH_LENGTH = 64 * 1024;

interface Batch {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

/** Frames each message as it is sent and writes the turn's messages together. */
export class CoalescingMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  /** The messages waiting for the next write share one promise: it settles when their write is done. */
  private batch: Batch | undefined;
  private flushing: NodeJS.Immediate | undefined;
  private errorCount = 0;

  constructor(private readonly target: NodeJS.WritableStream) {
    super();
    target.on('error', (error: Error) => this.fireError(error));
    target.on('close', () => this.fireClose());
  }

  /** Frames the message now (messages go out in the order written) and writes it with the others of this turn. */
  write(message: Message): Promise<void> {
    let json: string;
    try {
      json = JSON.stringify(message);
    } catch (error) {
      this.fireError(error instanceof Error ? error : new Error(String(error)));
      return Promise.reject(error);
    }
    this.pending.push(`Content-Length: ${Buffer.byteLength(json, 'utf8')}\r\n\r\n`, json);
    this.pendingLength += json.length;
    const batch = (this.batch ??= newBatch());
    // A long turn (start-up publishing every file) writes as it goes, so that the client reads while the rest is framed.
    if (this.pendingLength >= FLUSH_LENGTH) this.flush();
    else this.flushing ??= setImmediate(() => this.flush());
    return batch.promise;
  }

  end(): void {
    this.flush();
    this.target.end();
  }

  private flush(): void {
    clearImmediate(this.flushing);
    this.flushing = undefined;
    const batch = this.batch;
    if (!batch) return;
    const data = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    this.batch = undefined;
    this.target.write(data, 'utf8', (error) => {
      if (!error) return batch.resolve();
      this.errorCount += 1;
      this.fireError(error, undefined, this.errorCount);
      batch.reject(error);
    });
  }
}

function newBatch(): Batch {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
  // A failed write is reported through onError; callers need not catch it too.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
