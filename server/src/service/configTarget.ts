import type { Position, Range, Rule } from 'cxgov';
import { findRule, exceptionEntities, offsetAt, yamlTargetAt, type EditorTarget, type ExceptionEntity, type SourceFile } from 'cxgov/editor';
import type { IdSymbol } from './target.js';

/** What is under the cursor in `cxgov.yaml`: a rule id, an exception's entity, or any other key or value. */
export type ConfigTarget =
  | { type: 'rule'; rule: Rule; range: Range }
  | { type: 'entity'; entity: ExceptionEntity; range: Range }
  | Extract<EditorTarget, { type: 'key' | 'value' }>;

/** The target at an LSP position of `cxgov.yaml` (its first document, the only one read). */
export function configTargetAt(file: SourceFile, position: Position): ConfigTarget | undefined {
  const target = yamlTargetAt(file, offsetAt(file, position));
  if (!target || target.doc !== 0) return undefined;
  const [section, at, field] = target.path;
  // A rule is named by a key under `rules:`, and by the `rule:` of an exception.
  const ruleId = target.type === 'key' && section === 'rules' && target.path.length === 2 ? target.key : target.type === 'value' && section === 'exceptions' && field === 'rule' && target.path.length === 3 ? target.value : undefined;
  const rule = typeof ruleId === 'string' ? findRule(ruleId) : undefined;
  if (rule) return { type: 'rule', rule, range: target.range };
  if (target.type === 'value' && section === 'exceptions' && field === 'entity' && target.path.length === 3) {
    const entity = exceptionEntities(file).find((candidate) => candidate.at === at);
    if (entity) return { type: 'entity', entity, range: entity.range };
  }
  return target;
}

/** The id an exception's entity names at a position of `cxgov.yaml`, to navigate or rename it. */
export function configSymbolAt(file: SourceFile, position: Position): IdSymbol | undefined {
  const target = configTargetAt(file, position);
  return target?.type === 'entity' ? target.entity.named : undefined;
}
