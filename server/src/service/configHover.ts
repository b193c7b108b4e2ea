import type { Position } from 'cxgov';
import { configSchema, type SourceFile } from 'cxgov/editor';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { configTargetAt, type ConfigTarget } from './configTarget.js';
import { describeEntity } from './describe.js';
import { fieldDocs, undefinedId } from './hover.js';
import { describeRule } from './ruleDocs.js';

/** Hover in `cxgov.yaml`: a rule's summary and page, the entry an exception names, or a setting's documentation. */
export function configHover(state: ProjectState, file: SourceFile, position: Position): Hover | null {
  const target = configTargetAt(file, position);
  const value = target && hoverText(state, target);
  return value ? { contents: { kind: MarkupKind.Markdown, value }, range: target.range } : null;
}

function hoverText(state: ProjectState, target: ConfigTarget): string | undefined {
  switch (target.type) {
    case 'rule':
      return describeRule(target.rule);
    case 'entity': {
      const { named } = target.entity;
      const [definition] = named ? state.index.definitions(named.kind, named.id) : [];
      if (definition) return describeEntity(state.index, definition);
      return named ? undefinedId(named.kind, named.id) : fieldDocs(['exceptions', 0, 'entity'], configSchema());
    }
    default:
      return fieldDocs(target.path, configSchema());
  }
}
