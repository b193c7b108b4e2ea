/**
 * Runs asynchronous tasks one after another, so that loading, disk changes and re-checks never
 * interleave half-way. A failing task is reported and does not stop the ones after it.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Queues a task; the promise settles when it has run (never rejects). */
  run(task: () => void | Promise<void>): Promise<void> {
    const next = this.tail.then(task).catch(this.onError);
    this.tail = next;
    return next;
  }

  /** Resolves once every task queued so far has run. */
  idle(): Promise<void> {
    return this.tail;
  }
}
