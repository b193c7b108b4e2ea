import { isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Range } from '../model/problem.js';
import { offsetsToRange, type SourceFile } from '../load/sourceFile.js';

/** A path into one YAML document of a file: keys and list indexes. */
export type Path = readonly (string | number)[];

/** Where a finding points: the key itself, or (default) its value. */
export interface Location {
  file: SourceFile;
  doc: number;
  path: Path;
  target?: 'key' | 'value';
}

/**
 * The one mapper from paths to ranges, so that rules never count lines.
 * A path that goes further than the document points at the deepest part that exists.
 */
export function locate({ file, doc, path, target = 'value' }: Location): Range {
  const document = file.documents[doc];
  if (!document) return offsetsToRange(file, 0, 0);
  let node: unknown = document.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) return pair ? keyRange(file, pair) ?? nodeRange(file, node) : nodeRange(file, node);
    pair = next.pair;
    node = next.node;
  }
  if (target === 'key' && pair) return keyRange(file, pair) ?? nodeRange(file, node);
  // An empty value (`owner:`) has no text of its own: point at its key.
  if (pair && (!isNode(node) || (isScalar(node) && node.value === null && rangeLength(node) === 0))) {
    return keyRange(file, pair) ?? nodeRange(file, node);
  }
  return nodeRange(file, node);
}

/** The YAML node at a path, or undefined. */
export function nodeAt(file: SourceFile, doc: number, path: Path): unknown {
  let node: unknown = file.documents[doc]?.contents;
  for (const segment of path) {
    const next = child(node, segment);
    if (!next) return undefined;
    node = next.node;
  }
  return node;
}

function child(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => keyText(item.key) === String(segment));
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : Number(segment);
    if (!Number.isInteger(index) || index < 0 || index >= node.items.length) return undefined;
    return { node: node.items[index] };
  }
  return undefined;
}

/** The text of a mapping key as the data model sees it. */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeLength(node: Node): number {
  return node.range ? node.range[1] - node.range[0] : 0;
}

function keyRange(file: SourceFile, pair: Pair): Range | undefined {
  return isNode(pair.key) && pair.key.range ? offsetsToRange(file, pair.key.range[0], pair.key.range[1]) : undefined;
}

/** A scalar's whole text; a collection's first line only, so a problem never paints a whole block. */
function nodeRange(file: SourceFile, node: unknown): Range {
  if (isPair(node)) node = node.key;
  if (!isNode(node) || !node.range) return offsetsToRange(file, 0, 0);
  const [start, end] = node.range;
  if (isScalar(node)) return offsetsToRange(file, start, end);
  const lineEnd = file.text.indexOf('\n', start);
  const firstLineEnd = lineEnd === -1 ? end : Math.min(end, lineEnd);
  const text = file.text.slice(start, firstLineEnd).replace(/\s+$/, '');
  return offsetsToRange(file, start, start + text.length);
}
