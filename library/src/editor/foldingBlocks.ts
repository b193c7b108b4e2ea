import { isMap, isNode, isPair, isSeq, type Node } from 'yaml';
import type { SourceFile } from '../source/sourceFile.js';
import { nodeExtent, pairExtent } from './enclosingRanges.js';
import { positionAt } from './ranges.js';

/** Lines a block spans, 0-based, both included. */
export interface LineSpan {
  startLine: number;
  endLine: number;
}

/**
 * The blocks of a file that span lines and can be folded: each section, each entry of a list and
 * each `key:` whose value runs over lines, as indentation folding would give them. One fold per
 * starting line: the longest (`- members:` starts both an entry and its pair).
 */
export function foldingBlocks(file: SourceFile): LineSpan[] {
  const byStart = new Map<number, number>();
  const add = ([start, end]: [number, number]) => {
    const startLine = positionAt(file, start).line;
    const endLine = positionAt(file, end).line;
    if (endLine > startLine && endLine > (byStart.get(startLine) ?? -1)) byStart.set(startLine, endLine);
  };
  const visit = (node: unknown): void => {
    if (!isNode(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        add(pairExtent(file.text, pair));
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const extent = isNode(item) ? nodeExtent(file.text, item as Node) : undefined;
        if (extent) add(extent);
        visit(item);
      }
    }
  };
  for (const document of file.documents) visit(document.contents);
  return [...byStart].map(([startLine, endLine]) => ({ startLine, endLine })).sort((a, b) => a.startLine - b.startLine);
}
