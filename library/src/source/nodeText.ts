import { isNode, isPair, isScalar } from 'yaml';

// How YAML nodes map to text, in one place: `locate` reads them off a document, and outlines
// record them for later, so both must agree to the character.

/** The text of a mapping key as the data model sees it. */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/** The offsets of a pair's key, when the key has text of its own. */
export function keyOffsets(pair: { key: unknown }): [number, number] | undefined {
  return isNode(pair.key) && pair.key.range ? [pair.key.range[0], pair.key.range[1]] : undefined;
}

/** Offsets a problem on a node paints: a scalar's whole text; a collection's first line only, so a problem never paints a whole block. */
export function paintedOffsets(node: unknown, text: string): [number, number] {
  if (isPair(node)) node = node.key;
  if (!isNode(node) || !node.range) return [0, 0];
  const [start, end] = node.range;
  if (isScalar(node)) return [start, end];
  return [start, firstLineEnd(text, start, end)];
}

/** Where a collection starting at `start` (and ending by `end`) stops painting: the end of its first line, less trailing white space. */
export function firstLineEnd(text: string, start: number, end: number): number {
  const lineEnd = text.indexOf('\n', start);
  const stop = lineEnd === -1 ? end : Math.min(end, lineEnd);
  return start + text.slice(start, stop).replace(/\s+$/, '').length;
}

/** Whether a value has no text of its own (`owner:`), so that a problem on it goes on its key. */
export function isBlankValue(node: unknown): boolean {
  return !isNode(node) || (isScalar(node) && node.value === null && (node.range ? node.range[1] - node.range[0] : 0) === 0);
}
