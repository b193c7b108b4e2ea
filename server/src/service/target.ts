import type { EntityKind, Position } from 'cxgov';
import { targetAt, type EditorTarget, type FileAnalysis } from 'cxgov/editor';
import { offsetOf } from './source.js';

/** An id that can be navigated, found and renamed: the kind of entry and its id. */
export interface IdSymbol {
  kind: EntityKind;
  id: string;
}

/** What is under an LSP position of a source. */
export function targetOf(analysis: FileAnalysis, position: Position): EditorTarget | undefined {
  return targetAt(analysis, offsetOf(analysis, position));
}

/** The id a target names, when it is an entry's id or a reference to one. */
export function symbolOf(target: EditorTarget | undefined): IdSymbol | undefined {
  if (target?.type === 'id') return { kind: target.entity.kind, id: target.entity.id };
  if (target?.type === 'reference') return { kind: target.reference.kind, id: target.reference.id };
  return undefined;
}
