import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { locate, type Path } from '../source/locate.js';
import type { Finding } from './finding.js';
import { isSection } from './sections.js';
import { contentStart, endOfLine, startOfLine } from '../source/lineText.js';

/**
 * What syntax errors left unreadable in one file. The `yaml` library still reads a document with
 * errors; only the entries around each error (a KPI, a pillar, the mission) are untrustworthy.
 * They are not entities and are not checked, and the words written there are ids the file may
 * define: another file's reference to one of them is not called unknown.
 */
export interface Damage {
  /** The entries an error broke: the path of each entity's mapping, by document. */
  entries: readonly DamagedEntry[];
  /** Every word written where an error broke the file (entries, the lines of errors, unreadable documents). */
  words: readonly string[];
  /** 0-based lines of the errors, where schema findings are the error's echo rather than news. */
  lines: readonly number[];
}

export interface DamagedEntry {
  doc: number;
  path: Path;
}

/** What one document's errors broke; `readable` is false when no data could be built from it at all. */
export function documentDamage(text: string, document: Document.Parsed, doc: number, readable: boolean, lineOf: (offset: number) => number): Damage {
  const entries: DamagedEntry[] = [];
  const spans: [number, number][] = [];
  const lines = new Set<number>();
  const seen = new Set<string>();
  const errors = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
  if (!readable && errors.length > 0) spans.push([document.range[0], document.range[2]]);
  for (const error of errors) {
    const [start, end] = error.pos;
    for (let line = lineOf(start); line <= lineOf(Math.max(start, end - 1)); line++) lines.add(line);
    spans.push([startOfLine(text, start), endOfLine(text, Math.max(start, end - 1))]);
    const content = contentStart(text, start);
    const offsets = [content];
    // A field indented less than its siblings ends its entry early and starts a stray one: both are broken.
    if (content !== start && error.code === 'MISSING_CHAR') offsets.push(startOfLine(text, start) - 1);
    for (const offset of offsets) {
      const path = entryPath(pathAt(document, offset));
      if (!path || seen.has(entryKey(doc, path))) continue;
      seen.add(entryKey(doc, path));
      entries.push({ doc, path });
      const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) spans.push([node.range[0], node.range[2]]);
    }
  }
  return { entries, words: wordsIn(text, spans), lines: [...lines] };
}

/** The damage of several documents of a file as one; undefined when nothing is broken. */
export function mergeDamage(parts: readonly Damage[]): Damage | undefined {
  const broken = parts.filter((part) => part.words.length > 0 || part.entries.length > 0 || part.lines.length > 0);
  if (broken.length === 0) return undefined;
  return {
    entries: broken.flatMap((part) => part.entries),
    words: [...new Set(broken.flatMap((part) => part.words))],
    lines: [...new Set(broken.flatMap((part) => part.lines))].sort((a, b) => a - b),
  };
}

/** A test of whether a finding lies in what an error broke: in a broken entry, or on the line of an error. */
export function damageEcho(damage: Damage): (finding: Finding) => boolean {
  const lines = new Set(damage.lines);
  return (finding) => {
    if ('range' in finding.at) return lines.has(finding.at.range.start.line);
    const { doc, path } = finding.at;
    if (damage.entries.some((entry) => entry.doc === doc && entry.path.every((segment, i) => path[i] === segment))) return true;
    return lines.has(locate(finding.at).start.line);
  };
}

/** Keys of damaged entries, as `extractEntities` checks them. */
export function entryKey(doc: number, path: Path): string {
  return `${doc}\u0000${path.join('\u0000')}`;
}

/** The path down to the deepest node (three levels at most: `mission/pillars/0`) that holds the offset. */
function pathAt(document: Document.Parsed, offset: number): Path {
  const path: (string | number)[] = [];
  let node: unknown = document.contents;
  while (path.length < 3) {
    if (isMap(node)) {
      const pair = node.items[lastStartingBy(node.items.map((item) => item.key ?? item.value), offset)];
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = lastStartingBy(node.items, offset);
      if (index === -1) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return path;
}

/** The entity whose mapping holds a path: a list entry of a section, a pillar, or the mission. */
function entryPath(path: Path): Path | undefined {
  const [section, index, field] = path;
  if (section === 'mission') return field !== undefined && index === 'pillars' && typeof field === 'number' ? path.slice(0, 3) : ['mission'];
  return isSection(section) && typeof index === 'number' ? [section, index] : undefined;
}

/** The index of the last node that starts at or before the offset; -1 when none does. */
function lastStartingBy(nodes: readonly unknown[], offset: number): number {
  for (let i = nodes.length - 1; i >= 0; i--) if (startOf(nodes[i]) <= offset) return i;
  return -1;
}

function startOf(node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : Number.POSITIVE_INFINITY;
}

/** The words of the text in the spans: anything between spaces and YAML punctuation. */
function wordsIn(text: string, spans: readonly [number, number][]): string[] {
  const words = new Set<string>();
  for (const [start, end] of spans) {
    for (const word of text.slice(start, end).split(/[\s,:[\]{}"'#]+/)) if (word !== '' && word !== '-') words.add(word);
  }
  return [...words];
}
