// Standard output for the protocol, with what one turn of the event loop writes sent in one write.
// At start-up the server publishes the diagnostics of every file, 20,000 notifications for a large
// project: written one by one, each costs two system calls and a few turns of the writer's queue.
import { Writable } from 'node:stream';

export class CoalescingOutput extends Writable {
  private pending: Buffer[] = [];
  private flushing: NodeJS.Immediate | undefined;
  /** Callbacks held while the target's buffer is full: the writer waits, as it would on the target itself. */
  private held: (() => void)[] = [];
  private full = false;

  constructor(private readonly target: NodeJS.WritableStream) {
    super();
    target.on('error', (error: Error) => this.destroy(error));
    target.on('close', () => this.destroy());
    target.on('drain', () => {
      this.full = false;
      for (const callback of this.held.splice(0)) callback();
    });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.pending.push(chunk);
    this.flushing ??= setImmediate(() => this.flush());
    if (this.full) this.held.push(callback);
    else callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush();
    callback();
  }

  private flush(): void {
    this.flushing = undefined;
    if (this.pending.length === 0) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    if (!this.target.write(data)) this.full = true;
  }
}
