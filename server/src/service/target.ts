import type { EntityKind, Position } from 'cxgov';
import { offsetAt, recoveredAnalysis, targetAt, type EditorTarget, type FileAnalysis } from 'cxgov/editor';
import { offsetOf } from './source.js';

/** An id that can be navigated, found and renamed: the kind of entry and its id. */
export interface IdSymbol {
  kind: EntityKind;
  id: string;
}

/**
 * What is under an LSP position of a source. In an entry that a YAML slip broke, an id is found in
 * the file read around its slips, which keeps every offset, where the text there is the same.
 */
export function targetOf(analysis: FileAnalysis, position: Position): EditorTarget | undefined {
  const offset = offsetOf(analysis, position);
  const target = targetAt(analysis, offset);
  if (symbolOf(target) || analysis.syntax.length === 0) return target;
  const recovered = recoveredAnalysis(analysis);
  const again = recovered === analysis ? undefined : targetAt(recovered, offset);
  return again && symbolOf(again) && sameText(analysis, recovered, again) ? again : target;
}

/** The id a target names, when it is an entry's id or a reference to one. */
export function symbolOf(target: EditorTarget | undefined): IdSymbol | undefined {
  if (target?.type === 'id') return { kind: target.entity.kind, id: target.entity.id };
  if (target?.type === 'reference') return { kind: target.reference.kind, id: target.reference.id };
  return undefined;
}

/** Whether the text a target of the recovered analysis covers reads the same in the current one. */
function sameText(current: FileAnalysis, recovered: FileAnalysis, target: EditorTarget): boolean {
  const [start, end] = [offsetAt(recovered.file, target.range.start), offsetAt(recovered.file, target.range.end)];
  return current.file.text.slice(start, end) === recovered.file.text.slice(start, end);
}
