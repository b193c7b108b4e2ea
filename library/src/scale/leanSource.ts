import { LineCounter, type Document } from 'yaml';
import { parseSource, type SourceFile, type SyntaxFinding } from '../source/sourceFile.js';
import { outlineWalker, type DocumentOutline } from './outline.js';
import type { PathWalker } from '../source/locate.js';

/** What a lean source is made of: plain data, as a worker thread or the cache hands it over. */
export interface LeanSourceData {
  path: string;
  text: string;
  /** Offsets where lines start, as the source's line counter has them. */
  lineStarts: Int32Array;
  syntax: SyntaxFinding[];
  /** One outline per YAML document. */
  outlines: DocumentOutline[];
}

/**
 * A source that keeps its text, line starts and outlines but not its YAML documents: what the CLI
 * holds for each of thousands of files, since rules only need positions. Anything that still asks
 * for the documents (an editor helper, say) gets them parsed again from the text, once.
 */
export class LeanSource implements SourceFile {
  readonly path: string;
  readonly text: string;
  readonly syntax: SyntaxFinding[];
  readonly outlines: readonly DocumentOutline[];
  private readonly lineStarts: Int32Array;
  private counter: LineCounter | undefined;
  private parsed: Document.Parsed[] | undefined;

  constructor(data: LeanSourceData) {
    this.path = data.path;
    this.text = data.text;
    this.syntax = data.syntax;
    this.outlines = data.outlines;
    this.lineStarts = data.lineStarts;
  }

  /** What the source is made of, to record it again. */
  get sourceData(): LeanSourceData {
    return { path: this.path, text: this.text, lineStarts: this.lineStarts, syntax: this.syntax, outlines: [...this.outlines] };
  }

  get lineCounter(): LineCounter {
    if (!this.counter) {
      this.counter = new LineCounter();
      this.counter.lineStarts = Array.from(this.lineStarts);
    }
    return this.counter;
  }

  /** Walks a document's outline, so that placing a path never parses the text again. */
  walker(doc: number): PathWalker<unknown> | undefined {
    const outline = this.outlines[doc];
    return outline && (outlineWalker(outline) as PathWalker<unknown>);
  }

  get documents(): Document.Parsed[] {
    // The text was read under the project's size limit already: no limit applies again.
    return (this.parsed ??= parseSource(this.path, this.text, Infinity).documents);
  }
}
