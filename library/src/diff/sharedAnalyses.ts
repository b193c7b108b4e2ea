import { join } from 'node:path';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { analyzeBytes } from '../scale/analyzePath.js';
import { KeyTable } from '../scale/outline.js';
import { analyzeFile } from '../check/analyzeFile.js';
import { unreadableSource } from '../source/sourceFile.js';
import { sourceSize, tooBigMessage } from '../source/sourceSize.js';
import { cannotRead } from '../load/readSource.js';
import { blobId, type RevisionFiles } from './revision.js';

/**
 * Analyses of sources shared by the two sides of a diff: a file with the same path and the same
 * blob at both revisions is read and parsed once, so only the changed files cost twice.
 */
export class SharedAnalyses {
  private readonly byBlob = new Map<string, FileAnalysis>();
  private readonly keys = new KeyTable();

  /**
   * The analyses of `paths` (repository-relative) at a revision, in order, as absolute paths under
   * `repository`. A file the working tree lists but no longer has (deleted, not yet staged) is left out.
   */
  async analyze(revision: RevisionFiles, repository: string, paths: readonly string[], maxFileSize: number): Promise<FileAnalysis[]> {
    const known = paths.map((path) => revision.files.get(path));
    const missing = paths.filter((path, i) => known[i] === undefined || !this.byBlob.has(key(path, known[i]!, maxFileSize)));
    const read = await revision.read(missing);
    const bytesOf = new Map(missing.map((path, i) => [path, read[i]!]));
    const analyses: FileAnalysis[] = [];
    for (const [i, path] of paths.entries()) {
      const bytes = bytesOf.get(path);
      if (bytes instanceof Error && (bytes as NodeJS.ErrnoException).code === 'ENOENT') continue;
      const absolute = join(repository, path);
      if (bytes instanceof Error) {
        analyses.push(analyzeFile(cannotRead(absolute, bytes)));
        continue;
      }
      const blob = known[i] ?? blobId(bytes!);
      const cacheKey = key(path, blob, maxFileSize);
      let analysis = this.byBlob.get(cacheKey);
      if (!analysis) {
        analysis = this.analyzeOne(absolute, bytes!, maxFileSize);
        this.byBlob.set(cacheKey, analysis);
      }
      analyses.push(analysis);
    }
    return analyses;
  }

  private analyzeOne(path: string, bytes: Buffer, maxFileSize: number): FileAnalysis {
    const tooBig = tooBigMessage(sourceSize(bytes), maxFileSize);
    return tooBig ? analyzeFile(unreadableSource(path, tooBig)) : analyzeBytes(path, bytes, maxFileSize, this.keys);
  }
}

function key(path: string, blob: string, maxFileSize: number): string {
  return `${maxFileSize}\0${blob}\0${path}`;
}
