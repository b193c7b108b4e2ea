import { isMap, isPair, isSeq, type Document } from 'yaml';
import type { PathWalker, Step } from '../source/locate.js';
import { isBlankValue, keyOffsets, keyText, paintedOffsets } from '../source/nodeText.js';

/**
 * Where everything in one YAML document is written, without the document: enough for `locate` to
 * place any path exactly as it does on the document, in a fraction of the memory, and as plain data
 * that crosses from a worker thread and into the cache.
 *
 * One Int32Array of slots in document order. A value is `[tag, start, end, count, span]`: `start`
 * and `end` are the offsets a problem on it paints, `count` the pairs of a mapping or the items of a
 * sequence, `span` the slots of the value with all its children, to step over it. Each pair of a
 * mapping is `[key, keyStart, keyEnd]` (key: index in `keys`, -1 when the key is not a scalar;
 * keyStart -1 when the key has no text), followed by its value. `keys` is shared by the outlines of
 * many files (a batch, a cache), so that each key is kept and copied once, not once per file.
 */
export interface DocumentOutline {
  keys: readonly string[];
  slots: Int32Array;
}

/** Key texts numbered for many outlines; only ever grows, so numbers already given stay valid. */
export class KeyTable {
  readonly keys: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) this.numbers.set(key, (number = this.keys.push(key) - 1));
    return number;
  }
}

/** What a walk must know of a value besides its offsets. */
export const enum Tag {
  /** No text of its own: not a node, an empty scalar (`owner:`), or a pair written as a sequence item. */
  Blank = 0,
  Leaf = 1,
  Map = 2,
  Seq = 3,
}

const VALUE_SLOTS = 5;
const PAIR_SLOTS = 3;

/** Builds the outline of a parsed document; `text` is the source it was parsed from. */
export function outlineDocument(document: Document.Parsed, text: string, keys = new KeyTable()): DocumentOutline {
  const out = new OutlineWriter(keys);
  const addValue = (node: unknown): void => {
    const at = out.value(tagOf(node), ...paintedOffsets(node, text));
    if (isMap(node)) {
      for (const pair of node.items) {
        out.pair(keyText(pair.key), keyOffsets(pair));
        addValue(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) addValue(item);
    }
    out.close(at, isMap(node) || isSeq(node) ? node.items.length : 0);
  };
  addValue(document.contents);
  return out.finish();
}

/**
 * Writes an outline value by value, in document order: `value` opens one, `pair` precedes each
 * value of a mapping, `close` ends a value once its children are written. Shared by every builder,
 * so that all write the same slots.
 */
export class OutlineWriter {
  private slots = new Int32Array(256);
  private length = 0;

  constructor(private readonly keys: KeyTable) {}

  /** Opens a value; returns its position, for `close`. */
  value(tag: Tag, start: number, end: number): number {
    const at = this.reserve(VALUE_SLOTS);
    this.slots[at] = tag;
    this.slots[at + 1] = start;
    this.slots[at + 2] = end;
    return at;
  }

  /** A key of the mapping being written (undefined when it is not a scalar), before its value. */
  pair(key: string | undefined, offsets: readonly [number, number] | undefined): void {
    const at = this.reserve(PAIR_SLOTS);
    this.slots[at] = key === undefined ? -1 : this.keys.number(key);
    this.slots[at + 1] = offsets ? offsets[0] : -1;
    this.slots[at + 2] = offsets ? offsets[1] : -1;
  }

  /** Ends the value opened at `at`, with its number of pairs or items. */
  close(at: number, count: number): void {
    this.slots[at + 3] = count;
    this.slots[at + 4] = this.length - at;
  }

  finish(): DocumentOutline {
    return { keys: this.keys.keys, slots: this.slots.slice(0, this.length) };
  }

  /** Room for `count` more slots; returns where they start. */
  private reserve(count: number): number {
    const at = this.length;
    this.length += count;
    if (this.length > this.slots.length) {
      const grown = new Int32Array(Math.max(this.length, this.slots.length * 2));
      grown.set(this.slots);
      this.slots = grown;
    }
    return at;
  }
}

function tagOf(node: unknown): Tag {
  // A Pair is not a node: the document walker treats it as blank too.
  if (isPair(node) || isBlankValue(node)) return Tag.Blank;
  if (isMap(node)) return Tag.Map;
  if (isSeq(node)) return Tag.Seq;
  return Tag.Leaf;
}

/** Walks an outline the way `locate` walks a document; a value is the index of its first slot. */
export function outlineWalker({ keys, slots }: DocumentOutline): PathWalker<number> {
  return {
    root: 0,
    child(value, segment): Step<number> | undefined {
      const tag = slots[value];
      const count = slots[value + 3]!;
      let at = value + VALUE_SLOTS;
      if (tag === Tag.Map) {
        const wanted = String(segment);
        for (let i = 0; i < count; i++) {
          const key = slots[at]!;
          if (key >= 0 && keys[key] === wanted) {
            const start = slots[at + 1]!;
            return { value: at + PAIR_SLOTS, pair: { key: start >= 0 ? [start, slots[at + 2]!] : undefined } };
          }
          at += PAIR_SLOTS + slots[at + PAIR_SLOTS + 4]!;
        }
        return undefined;
      }
      if (tag === Tag.Seq) {
        const index = typeof segment === 'number' ? segment : Number(segment);
        if (!Number.isInteger(index) || index < 0 || index >= count) return undefined;
        for (let i = 0; i < index; i++) at += slots[at + 4]!;
        return { value: at };
      }
      return undefined;
    },
    painted: (value) => [slots[value + 1]!, slots[value + 2]!],
    isBlank: (value) => slots[value] === Tag.Blank,
  };
}
