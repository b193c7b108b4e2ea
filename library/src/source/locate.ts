import { isMap, isSeq, type Pair } from 'yaml';
import type { Range } from './range.js';
import { offsetsToRange, type SourceFile } from './sourceFile.js';
import { isBlankValue, keyOffsets, keyText, paintedOffsets } from './nodeText.js';

export { keyText } from './nodeText.js';

/** A path into one YAML document of a file: keys and list indexes. */
export type Path = readonly (string | number)[];

/** Where a finding points: the key itself, or (default) its value. */
export interface Location {
  file: SourceFile;
  doc: number;
  path: Path;
  target?: 'key' | 'value';
}

/** One step down a path: the value reached and, when a mapping was stepped through, its key's offsets. */
export interface Step<V> {
  value: V;
  pair?: { key: [number, number] | undefined };
}

/** How to walk one document, whether from the YAML document itself or from its outline. */
export interface PathWalker<V> {
  root: V;
  child(value: V, segment: string | number): Step<V> | undefined;
  painted(value: V): [number, number];
  isBlank(value: V): boolean;
}

/**
 * The one mapper from paths to ranges, so that rules never count lines.
 * A path that goes further than the document points at the deepest part that exists.
 */
export function locate({ file, doc, path, target = 'value' }: Location): Range {
  const [start, end] = place(walkerFor(file, doc), path, target);
  return offsetsToRange(file, start, end);
}

function walkerFor(file: SourceFile, doc: number): PathWalker<unknown> | undefined {
  // A lean source keeps outlines instead of documents: placing a path must not parse it again.
  if (file.walker) return file.walker(doc);
  const document = file.documents[doc];
  return document && documentWalker(document.contents, file.text);
}

function place<V>(walker: PathWalker<V> | undefined, path: Path, target: 'key' | 'value'): [number, number] {
  if (!walker) return [0, 0];
  let value = walker.root;
  let pair: Step<V>['pair'];
  for (const segment of path) {
    const next = walker.child(value, segment);
    if (!next) return (pair && pair.key) ?? walker.painted(value);
    pair = next.pair;
    value = next.value;
  }
  // An empty value (`owner:`) has no text of its own: point at its key.
  if (pair && (target === 'key' || walker.isBlank(value))) return pair.key ?? walker.painted(value);
  return walker.painted(value);
}

function documentWalker(root: unknown, text: string): PathWalker<unknown> {
  return {
    root,
    child: documentChild,
    painted: (node) => paintedOffsets(node, text),
    isBlank: isBlankValue,
  };
}

/** The YAML node at a path, or undefined. */
export function nodeAt(file: SourceFile, doc: number, path: Path): unknown {
  let node: unknown = file.documents[doc]?.contents;
  for (const segment of path) {
    const next = documentChild(node, segment);
    if (!next) return undefined;
    node = next.value;
  }
  return node;
}

function documentChild(node: unknown, segment: string | number): Step<unknown> | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => keyText(item.key) === String(segment)) as Pair | undefined;
    return pair ? { value: pair.value, pair: { key: keyOffsets(pair) } } : undefined;
  }
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : Number(segment);
    if (!Number.isInteger(index) || index < 0 || index >= node.items.length) return undefined;
    return { value: node.items[index] };
  }
  return undefined;
}
