import { isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { offsetsToRange, type SourceFile } from '../source/sourceFile.js';
import type { Range } from '../model/problem.js';
import { sameRange } from '../source/range.js';
import { trimmedEnd } from './ranges.js';

/**
 * The ranges that hold an offset, innermost first, for "expand selection": an id (inside its quotes,
 * then with them), its value, its `key: value` pair, the entry, the section and the document. Each
 * range holds the one before it; none is repeated.
 */
export function enclosingRanges(file: SourceFile, offset: number): Range[] {
  const outward: [number, number][] = [];
  for (const [index, document] of file.documents.entries()) {
    // The first document holds the comments above its contents too.
    const start = index === 0 ? 0 : document.range[0];
    const end = document.range[2];
    if (offset < start || offset > end) continue;
    outward.push([start, end]);
    if (isNode(document.contents)) inward(file.text, document.contents, offset, outward);
    break;
  }
  const ranges: Range[] = [];
  for (const [start, end] of outward.reverse()) {
    const range = offsetsToRange(file, start, trimmedEnd(file.text, start, end));
    if (!ranges.some((seen) => sameRange(seen, range))) ranges.push(range);
  }
  return ranges;
}

/** Adds the extents of the node at an offset and of what it holds, outermost first; `block` when the node is a value under a key or a document's contents. */
function inward(text: string, node: Node, offset: number, outward: [number, number][], block = true): void {
  const extent = nodeExtent(text, node);
  if (!extent || !holds(extent, offset)) return;
  // A block under a key (or at the top) adds little to its `key:` (or the document): it is left out.
  if (!(block && (isMap(node) || isSeq(node)) && !node.flow)) outward.push(extent);
  if (isScalar(node)) {
    // A quoted scalar's range includes its quotes: then the text inside them.
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') outward.push([extent[0] + 1, extent[1] - 1]);
  } else if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && holds(pairExtent(text, item), offset));
    if (!pair) return;
    outward.push(pairExtent(text, pair));
    const key = isNode(pair.key) ? nodeExtent(text, pair.key) : undefined;
    if (key && holds(key, offset)) inward(text, pair.key as Node, offset, outward, false);
    else if (isNode(pair.value)) inward(text, pair.value, offset, outward);
  } else if (isSeq(node)) {
    const item = node.items.find((candidate) => isNode(candidate) && holds(nodeExtent(text, candidate), offset));
    if (isNode(item)) inward(text, item, offset, outward, false);
  }
}

/** Where a node's written text starts and ends, without the blank lines after a block. */
export function nodeExtent(text: string, node: Node): [number, number] | undefined {
  return node.range ? [node.range[0], trimmedEnd(text, node.range[0], node.range[1])] : undefined;
}

/** From the start of a pair's key to the end of its value (or of its key, without one). */
export function pairExtent(text: string, pair: Pair): [number, number] {
  const key = isNode(pair.key) ? nodeExtent(text, pair.key) : undefined;
  const value = isNode(pair.value) ? nodeExtent(text, pair.value) : undefined;
  const start = key?.[0] ?? value?.[0] ?? 0;
  return [start, value && value[1] > value[0] ? value[1] : (key?.[1] ?? start)];
}

function holds(extent: [number, number] | undefined, offset: number): boolean {
  return extent !== undefined && extent[0] <= offset && offset <= extent[1];
}
