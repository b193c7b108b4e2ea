import { join } from 'node:path';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import { analyzeBytes } from '../scale/analyzePath.js';
import { KeyTable } from '../scale/outline.js';
import { analyzeFile } from '../check/analyzeFile.js';
import { unreadableSource } from '../source/sourceFile.js';
import { readingLimit, sourceSize, tooBigMessage } from '../source/sourceSize.js';
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
   * `repository`. A file that is no regular file at that side (a link, a pipe, deleted from the
   * working tree but not from the index) is left out.
   */
  async analyze(revision: RevisionFiles, repository: string, paths: readonly string[], maxFileSize: number): Promise<FileAnalysis[]> {
    const known = paths.map((path) => revision.files.get(path)?.blob);
    const missing = paths.filter((path, i) => known[i] === undefined || !this.byBlob.has(key(path, known[i]!, maxFileSize)));
    const read = await revision.read(missing, readingLimit(maxFileSize));
    const results = new Map(missing.map((path, i) => [path, read[i]]));
    const analyses: FileAnalysis[] = [];
    for (const [i, path] of paths.entries()) {
      const absolute = join(repository, path);
      const cached = known[i] === undefined ? undefined : this.byBlob.get(key(path, known[i]!, maxFileSize));
      if (cached) {
        analyses.push(cached);
        continue;
      }
      const result = results.get(path);
      if (result === undefined) continue;
      if (result instanceof Error) analyses.push(analyzeFile(cannotRead(absolute, result)));
      else if (!Buffer.isBuffer(result)) analyses.push(analyzeFile(unreadableSource(absolute, tooBigMessage(result.size, maxFileSize)!)));
      else {
        const analysis = this.analyzeOne(absolute, result, maxFileSize);
        this.byBlob.set(key(path, known[i] ?? blobId(result), maxFileSize), analysis);
        analyses.push(analysis);
      }
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
