import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Node } from 'yaml';
import { keyText, type Path } from '../source/locate.js';
import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { Entity, Reference } from '../model/entity.js';
import type { Range } from '../model/problem.js';
import type { SourceFile } from '../source/sourceFile.js';
import { textRange, keyRange } from './ranges.js';

/** What the text at an offset of a parsed source is, as the editor features need to know it. */
export type EditorTarget =
  /** The `id` value of an entry: the definition of that id. */
  | { type: 'id'; doc: number; path: Path; range: Range; entity: Entity }
  /** An id written in a reference field (`owner:`, an item of `supports:`…). */
  | { type: 'reference'; doc: number; path: Path; range: Range; reference: Reference }
  /** A mapping key; `path` ends with the key. */
  | { type: 'key'; doc: number; path: Path; range: Range; key: string }
  /** Any other scalar value. */
  | { type: 'value'; doc: number; path: Path; range: Range; value: unknown };

/** The id, reference, key or value at an offset of an analysed source; undefined between nodes. */
export function targetAt(analysis: FileAnalysis, offset: number): EditorTarget | undefined {
  const target = yamlTargetAt(analysis.file, offset);
  if (target?.type !== 'value') return target;
  const { doc, path, range } = target;
  const reference = analysis.references.find((candidate) => candidate.from.doc === doc && samePath(candidate.path, path));
  if (reference) return { type: 'reference', doc, path, range, reference };
  if (path[path.length - 1] === 'id') {
    const entityPath = path.slice(0, -1);
    const entity = analysis.entities.find((candidate) => candidate.doc === doc && candidate.kind !== 'mission' && samePath(candidate.path, entityPath));
    if (entity) return { type: 'id', doc, path, range, entity };
  }
  return target;
}

/** The key or scalar value at an offset of any parsed YAML file (`cxgov.yaml` too); undefined between nodes. */
export function yamlTargetAt(file: SourceFile, offset: number): Extract<EditorTarget, { type: 'key' | 'value' }> | undefined {
  for (const [doc, document] of file.documents.entries()) {
    const contents = document.contents;
    if (!isNode(contents) || !contents.range || !within(contents, offset)) continue;
    const hit = descend(contents, offset, []);
    if (!hit) return undefined;
    if (hit.part === 'key') {
      return { type: 'key', doc, path: hit.path, range: keyRange(file, doc, hit.path), key: String(hit.path[hit.path.length - 1]) };
    }
    return { type: 'value', doc, path: hit.path, range: textRange(file, doc, hit.path), value: isScalar(hit.node) ? hit.node.value : undefined };
  }
  return undefined;
}

/** Whether two paths are the same, segment by segment. */
export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

interface Hit {
  part: 'key' | 'value';
  path: Path;
  node: unknown;
}

function descend(node: Node, offset: number, path: Path): Hit | undefined {
  if (isMap(node)) {
    // Keys first: a block value's range runs to the start of the next line, where the next key may begin.
    for (const pair of node.items) {
      const key = isPair(pair) ? keyText(pair.key) : undefined;
      if (key !== undefined && isNode(pair.key) && within(pair.key, offset)) return { part: 'key', path: [...path, key], node: pair.key };
    }
    for (const pair of node.items) {
      const key = isPair(pair) ? keyText(pair.key) : undefined;
      if (key !== undefined && isNode(pair.value) && within(pair.value, offset)) return descend(pair.value, offset, [...path, key]);
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) {
      if (isNode(item) && within(item, offset)) return descend(item, offset, [...path, index]);
    }
    return undefined;
  }
  if (isScalar(node) || isAlias(node)) return { part: 'value', path, node };
  return undefined;
}

function within(node: Node, offset: number): boolean {
  return node.range !== undefined && node.range !== null && node.range[0] <= offset && offset <= node.range[1];
}
