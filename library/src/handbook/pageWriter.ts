import type { Heading, RootContent } from 'mdast';
import { forEachNode, type Anchors } from './links.js';
import { endLine, remarkBlocks, remarkMarkdown } from './markdown.js';
import { factList } from './factList.js';
import { plainBlock } from './plain/blocks.js';
import { plainFacts } from './plain/facts.js';
import { plainRows } from './plain/rows.js';
import { rowsTable } from './rowsBlock.js';
import type { Hole } from './plain/phrasing.js';

/** What may stand at the top of a page; remark writes a page with phrasing at its top differently. */
const FLOW = new Set<string>(['facts', 'rows', 'heading', 'paragraph', 'list', 'table', 'code', 'blockquote', 'thematicBreak', 'yaml', 'html', 'definition']);

/**
 * Writes one page block by block, as its blocks are made, so that a page of 20,000 entries never
 * exists as one tree (building and collecting such a tree costs more than writing it).
 *
 * remark spends tens of microseconds on every text node, checking about eighty escape patterns;
 * most blocks hold only plain text, which remark writes as it is, so those are written directly
 * (./plain/) and remark writes the others, each run of them at once. Internal links' URLs are left
 * as slots until every page's headings are known. With `plain` off, remark writes the whole page
 * from its tree, as the handbook did at first: the reference that tests hold the result to.
 */
export class PageWriter {
  /**
   * The page's Markdown in pieces, some of them slots that `finish` fills in. The plain writer
   * adds its pieces here directly: most are strings that exist already (labels, separators,
   * names), so a page costs one join at the end rather than one per block as well.
   */
  private readonly pieces: string[] = [];
  /** The slots of internal links' URLs. */
  private readonly links: Hole[] = [];
  private readonly runs: { slot: number; blocks: RootContent[] }[] = [];
  /** The blocks remark writes together, when the last block written went to remark. */
  private run: RootContent[] | undefined;
  /** A block is written once the next is known: a list next to a list is remark's to write. */
  private held: RootContent | undefined;
  private previousType: string | undefined;
  private readonly heading: (heading: Heading) => void;

  constructor(
    readonly path: string,
    anchors: Anchors,
    private readonly plain: boolean,
  ) {
    this.heading = anchors.page(path);
  }

  add(block: RootContent): void {
    if (!FLOW.has(block.type)) throw new Error(`A page's top level holds blocks, not ${block.type}.`);
    if (this.held) this.write(this.held, block);
    this.held = block;
  }

  /** The page's Markdown, once every page has been written (so that every anchor is known). */
  finish(anchors: Anchors): string {
    if (this.held) this.write(this.held, undefined);
    this.held = undefined;
    for (const { blocks } of this.runs) for (const block of blocks) this.resolve(block, anchors);
    if (!this.plain) return remarkMarkdown({ type: 'root', children: this.runs[0]?.blocks ?? [] });
    for (const { slot, blocks } of this.runs) this.pieces[slot] = remarkBlocks(blocks);
    for (const { at, target } of this.links) this.pieces[at] = anchors.url(target, this.path);
    return endLine(this.pieces.join(''));
  }

  /** Gives the internal links of a block remark writes their URLs. */
  private resolve(block: RootContent, anchors: Anchors): void {
    forEachNode(block, (node) => {
      if (node.type === 'link' && node.data?.target) node.url = anchors.url(node.data.target, this.path);
    });
  }

  private write(block: RootContent, next: RootContent | undefined): void {
    const nextToList = this.previousType === 'list' || (next !== undefined && writtenType(next) === 'list');
    this.previousType = writtenType(block);
    if (this.plain) {
      const { pieces, links } = this;
      const written = pieces.length;
      const linked = links.length;
      this.separate();
      if (plainWritten(block, nextToList, pieces, links)) {
        // A plain block is a heading or holds none (paragraphs, tables, lists of paragraphs).
        if (block.type === 'heading') this.heading(block);
        this.run = undefined;
        return;
      }
      // Not plain after all: remark writes it, and what was written of it is dropped.
      pieces.length = written;
      links.length = linked;
    }
    this.toRemark(asMdast(block));
  }

  private toRemark(block: RootContent): void {
    forEachNode(block, (node) => {
      if (node.type === 'heading') this.heading(node);
    });
    if (this.run) {
      this.run.push(block);
      return;
    }
    this.separate();
    this.run = [block];
    this.runs.push({ slot: this.pieces.length, blocks: this.run });
    this.pieces.push('');
  }

  /** Top-level blocks are one blank line apart. */
  private separate(): void {
    if (this.pieces.length > 0) this.pieces.push('\n\n');
  }
}

/** The type of the mdast node a block is written as: an entity's facts are a list, rows a table. */
function writtenType(block: RootContent): string {
  return block.type === 'facts' ? 'list' : block.type === 'rows' ? 'table' : block.type;
}

/** The block as an mdast node remark can write. */
function asMdast(block: RootContent): RootContent {
  return block.type === 'facts' ? factList(block.facts) : block.type === 'rows' ? rowsTable(block) : block;
}

/** Writes a block plainly, if it can be (see `plainBlock`). */
function plainWritten(block: RootContent, nextToList: boolean, out: string[], holes: Hole[]): boolean {
  if (block.type === 'facts') return !nextToList && plainFacts(block.facts, out, holes);
  if (block.type === 'rows') return plainRows(block, out, holes);
  return plainBlock(block, nextToList, out, holes);
}
