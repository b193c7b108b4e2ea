import { basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Editors save in steps (truncate, write, rename): changes this close together make one batch. */
const SETTLE_MS = 40;

/** Folders never read as sources (findSources always excludes them): not worth a watch each. */
const NEVER_SOURCES = new Set(['node_modules', '.git']);

/**
 * Watches a folder and everything under it and calls `onBatch` with the absolute paths that
 * changed, never while a previous batch is still being handled: changes that arrive meanwhile make
 * the next batch. chokidar rather than node's recursive `fs.watch`, which on Linux (Node 20) loses
 * files that an editor replaces by renaming.
 */
export class FolderWatcher {
  private readonly watcher: FSWatcher;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    folder: string,
    private readonly onBatch: (paths: ReadonlySet<string>) => Promise<void>,
    onError: (error: Error) => void,
  ) {
    // Symbolic links are not followed: sources never are, and a link to a big tree would cost a watch per folder.
    this.watcher = watch(folder, { ignoreInitial: true, followSymlinks: false, ignored: (path) => NEVER_SOURCES.has(basename(path)) });
    this.watcher.on('all', (_event, path) => this.changed(path));
    this.watcher.on('error', (error) => onError(error as Error));
  }

  /** Resolves once every folder is watched: a change made after this is seen. */
  ready(): Promise<void> {
    return new Promise((resolve) => this.watcher.once('ready', resolve));
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.watcher.close();
  }

  private changed(path: string): void {
    this.pending.add(path);
    if (this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SETTLE_MS);
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Set();
    this.running = true;
    try {
      await this.onBatch(batch);
    } finally {
      this.running = false;
      if (this.pending.size > 0) this.timer = setTimeout(() => void this.flush(), SETTLE_MS);
    }
  }
}
