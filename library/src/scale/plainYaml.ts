import { Document, isScalar } from 'yaml';
import { KeyTable, OutlineWriter, Tag, type DocumentOutline } from './outline.js';
import { firstLineEnd } from '../source/nodeText.js';

/**
 * A fast reader for the plain YAML that governance files are nearly always written in: one
 * document of block mappings and sequences, with plain or simply quoted one-line scalars, one-line
 * lists of ids (`supports: [effortless, trusted]`), keys of letters, digits, `_ - . / $` and
 * spaces, and full-line comments. It gives exactly what the `yaml`
 * library gives for such text (the same data, outline and line starts: the tests compare both on
 * thousands of texts) in a small fraction of the time, since it builds no syntax tree and no nodes.
 *
 * Anything else (other flow collections, anchors, tags, block scalars, multi-line or escaped scalars,
 * trailing comments, empty values, several documents, tabs, duplicate keys, anything odd) makes it
 * give up and return undefined: such a file goes through the `yaml` library, which also explains
 * what is wrong with it.
 */
export function readPlainYaml(text: string, keys = new KeyTable()): PlainYaml | undefined {
  try {
    return new PlainReader(text, keys).read();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

export interface PlainYaml {
  data: unknown;
  outline: DocumentOutline;
  lineStarts: Int32Array;
}

/** Thrown (never allocated anew, so cheap) to leave the reader at the first thing it does not handle. */
const GIVE_UP = Symbol('not plain YAML');

/** The core schema's scalar tags and options, as the `yaml` library resolves plain scalars with them. */
const CORE = new Document();
const SCALAR_TAGS = (CORE.schema.tags as { default?: unknown; test?: RegExp; resolve: (value: string, onError: () => void, options: unknown) => unknown }[]).filter(
  (tag) => tag.default === true && tag.test,
);

/** Deeper than any governance file goes; the full parser decides what deeper text means. */
const MAX_DEPTH = 64;

/** Far deeper indentation than governance files have, and below the nesting parseSource accepts. */
const MAX_INDENT = 200;

/** Keys longer than this are an error for the `yaml` library (implicit keys are limited). */
const MAX_KEY = 1024;

const SPACE = 0x20;
const RETURN = 0x0d;
const DASH = 0x2d;
const COLON = 0x3a;
const HASH = 0x23;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** One line with content (not blank, not a comment). */
interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Spaces before the content. */
  indent: number;
  /** Offset after the last character that is not a space. */
  end: number;
}

class PlainReader {
  private readonly lines: Line[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly outline: OutlineWriter;
  /** The line being read. */
  private next = 0;
  /** Blocks open around the one being read, to give up before deep text exhausts the stack. */
  private depth = 0;

  constructor(
    private readonly text: string,
    keys: KeyTable,
  ) {
    this.outline = new OutlineWriter(keys);
  }

  read(): PlainYaml {
    this.scanLines();
    const first = this.lines[0];
    if (!first) throw GIVE_UP;
    const data = this.block(first.indent, first.start + first.indent);
    if (this.next < this.lines.length) throw GIVE_UP;
    return { data, outline: this.outline.finish(), lineStarts: Int32Array.from(this.lineStarts) };
  }

  /** Finds the content lines and line starts; gives up on characters that need the full parser. */
  private scanLines(): void {
    const text = this.text;
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf('\n', start);
      let end = newline === -1 ? text.length : newline;
      if (newline !== -1 && end > start && text.charCodeAt(end - 1) === RETURN) end -= 1;
      for (let i = start; i < end; i++) {
        const code = text.charCodeAt(i);
        // Tabs, other control characters, a lone carriage return, the line and paragraph
        // separators and a stray byte-order mark all have rules of their own.
        if (code < SPACE || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || code === 0xfeff) throw GIVE_UP;
      }
      let indent = 0;
      while (start + indent < end && text.charCodeAt(start + indent) === SPACE) indent++;
      let last = end;
      while (last > start + indent && text.charCodeAt(last - 1) === SPACE) last--;
      const content = start + indent;
      if (last > content && text.charCodeAt(content) !== HASH) {
        if (indent === 0 && isDocumentMarker(text, content, last)) throw GIVE_UP;
        // The full parser refuses deep indentation (see parseSource): so must this reader.
        if (indent > MAX_INDENT) throw GIVE_UP;
        this.lines.push({ start, indent, end: last });
      }
      if (newline === -1) break;
      this.lineStarts.push(newline + 1);
      start = newline + 1;
    }
  }

  /** A mapping or a sequence whose first line starts at offset `column` with `indent`. */
  private block(indent: number, column: number): unknown {
    return this.isItem(column, this.lines[this.next]!.end) ? this.sequence(indent) : this.mapping(indent, column);
  }

  private mapping(indent: number, column: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const at = this.outline.value(Tag.Map, column, firstLineEnd(this.text, column, this.text.length));
    const map: Record<string, unknown> = {};
    let count = 0;
    let keyStart = column;
    for (;;) {
      const current = this.lines[this.next]!;
      const keyEnd = this.keyEnd(keyStart, current.end);
      if (keyEnd === -1) throw GIVE_UP;
      const key = this.text.slice(keyStart, keyEnd);
      if (Object.hasOwn(map, key) || key === '__proto__' || key.length > MAX_KEY || resolvePlain(key) !== key) throw GIVE_UP;
      this.outline.pair(key, [keyStart, keyEnd]);
      let valueStart = keyEnd + 1;
      while (this.text.charCodeAt(valueStart) === SPACE && valueStart < current.end) valueStart++;
      map[key] = valueStart >= current.end ? this.nested(indent) : this.scalarLine(indent, valueStart, current.end);
      count++;
      const following = this.lines[this.next];
      if (!following || following.indent < indent) break;
      if (following.indent > indent) throw GIVE_UP;
      keyStart = following.start + indent;
      if (this.isItem(keyStart, following.end)) throw GIVE_UP;
    }
    this.outline.close(at, count);
    this.depth--;
    return map;
  }

  /** The value of a key with nothing after its colon: a deeper block, or a sequence at the key's indent. */
  private nested(indent: number): unknown {
    this.next++;
    const line = this.lines[this.next];
    if (line && line.indent > indent) return this.block(line.indent, line.start + line.indent);
    if (line && line.indent === indent && this.isItem(line.start + indent, line.end)) return this.sequence(indent);
    // An empty value: where the parser places its empty node is not worth copying.
    throw GIVE_UP;
  }

  private sequence(indent: number): unknown[] {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const first = this.lines[this.next]!.start + indent;
    const at = this.outline.value(Tag.Seq, first, firstLineEnd(this.text, first, this.text.length));
    const list: unknown[] = [];
    for (;;) {
      const line = this.lines[this.next]!;
      const dash = line.start + indent;
      if (this.text.charCodeAt(dash + 1) !== SPACE) throw GIVE_UP;
      let content = dash + 2;
      while (this.text.charCodeAt(content) === SPACE) content++;
      if (content >= line.end || this.isItem(content, line.end)) throw GIVE_UP;
      list.push(this.keyEnd(content, line.end) === -1 ? this.scalarLine(indent, content, line.end) : this.mapping(content - line.start, content));
      const following = this.lines[this.next];
      if (!following || following.indent < indent) break;
      if (following.indent > indent) throw GIVE_UP;
      if (!this.isItem(following.start + indent, following.end)) break;
    }
    this.outline.close(at, list.length);
    this.depth--;
    return list;
  }

  /** A scalar or a list of ids that ends its line; the next line must not be deeper (that would continue it). */
  private scalarLine(indent: number, start: number, end: number): unknown {
    const value = this.text.charCodeAt(start) === OPEN_BRACKET ? this.flowSequence(start, end) : this.scalar(start, end);
    this.next++;
    const following = this.lines[this.next];
    if (following && following.indent > indent) throw GIVE_UP;
    return value;
  }

  private scalar(start: number, end: number): unknown {
    const text = this.text;
    const first = text.charCodeAt(start);
    this.outline.close(this.outline.value(Tag.Leaf, start, end), 0);
    if (first === QUOTE || first === APOSTROPHE) return this.quoted(start, end);
    const value = text.slice(start, end);
    // Indicators that start other kinds of node; a dash followed by a space starts a sequence.
    if ('?:,[]{}#&*!|>%@`'.includes(value[0]!) || (first === DASH && (value.length === 1 || value.charCodeAt(1) === SPACE))) throw GIVE_UP;
    if (value.includes(': ') || value.includes(' #') || value.endsWith(':')) throw GIVE_UP;
    return resolvePlain(value);
  }

  /** `[a, b-c, 1.5]`: words apart by a comma and one space, on one line, closed where the line ends. */
  private flowSequence(start: number, end: number): unknown[] {
    const text = this.text;
    const close = end - 1;
    if (close === start || text.charCodeAt(close) !== CLOSE_BRACKET) throw GIVE_UP;
    const at = this.outline.value(Tag.Seq, start, end);
    const list: unknown[] = [];
    for (let item = start + 1; item < close; ) {
      let itemEnd = item;
      while (itemEnd < close && isWordPart(text.charCodeAt(itemEnd))) itemEnd++;
      if (itemEnd === item) throw GIVE_UP;
      list.push(this.scalar(item, itemEnd));
      if (itemEnd === close) break;
      if (text.charCodeAt(itemEnd) !== COMMA || text.charCodeAt(itemEnd + 1) !== SPACE) throw GIVE_UP;
      item = itemEnd + 2;
      // A trailing comma (`[a, ]`) is left to the full parser.
      if (item >= close) throw GIVE_UP;
    }
    this.outline.close(at, list.length);
    return list;
  }

  /** A one-line quoted scalar without escapes: `"text"`, or `'text'` where `''` is a quote. */
  private quoted(start: number, end: number): string {
    const quote = this.text[start]!;
    if (end - start < 2 || this.text[end - 1] !== quote) throw GIVE_UP;
    const inner = this.text.slice(start + 1, end - 1);
    if (quote === '"') {
      if (inner.includes('"') || inner.includes('\\')) throw GIVE_UP;
      return inner;
    }
    if (inner.replace(/''/g, '').includes("'")) throw GIVE_UP;
    return inner.replace(/''/g, "'");
  }

  /** Whether a sequence item (`- `) starts at `offset`. */
  private isItem(offset: number, end: number): boolean {
    return this.text.charCodeAt(offset) === DASH && (offset + 1 === end || this.text.charCodeAt(offset + 1) === SPACE);
  }

  /** Where the key of `key: value` starting at `start` ends (its colon), or -1 when there is none. */
  private keyEnd(start: number, end: number): number {
    const text = this.text;
    if (!isKeyStart(text.charCodeAt(start))) return -1;
    for (let i = start + 1; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === COLON) {
        const after = i + 1 === end || text.charCodeAt(i + 1) === SPACE;
        return after && text.charCodeAt(i - 1) !== SPACE ? i : -1;
      }
      if (!isKeyPart(code)) return -1;
    }
    return -1;
  }
}

/** `---` or `...` at the start of a line: documents start or end there. */
function isDocumentMarker(text: string, content: number, end: number): boolean {
  const head = text.slice(content, content + 3);
  return (head === '---' || head === '...') && (content + 3 === end || text.charCodeAt(content + 3) === SPACE);
}

/** Letters and `_` start a key: never a number, boolean, null or indicator. */
function isKeyStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

/** What a word of a one-line list is made of: an id, a number, `true`… */
function isWordPart(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === DASH || code === 0x2e;
}

function isKeyPart(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === DASH || code === 0x2e || code === 0x2f || code === 0x24 || code === SPACE;
}

/** A plain scalar's value, resolved by the core schema's own tags, as the `yaml` library does. */
function resolvePlain(value: string): unknown {
  // Only these characters start a null, a boolean or a number: everything else is text.
  if (!'~nNtTfF0123456789+-.'.includes(value[0]!)) return value;
  const tag = SCALAR_TAGS.find((candidate) => candidate.test!.test(value));
  if (!tag) return value;
  const resolved = tag.resolve(value, () => {
    throw GIVE_UP;
  }, CORE.options);
  return isScalar(resolved) ? resolved.value : resolved;
}
