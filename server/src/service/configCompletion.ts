import type { Position } from 'cxgov';
import { RULES, configSchema, entityName, offsetAt, schemaAt, type SourceFile } from 'cxgov/editor';
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { describeEntity, entityTitle } from './describe.js';
import { enumItems, fieldItems, INLINE_DOCUMENTATION, nameBeside, sortText, typingAt, whole, type CompletionOptions, type Completions, type Typing } from './completion.js';
import { cutForTyping } from './completionCut.js';
import { describeRule } from './ruleDocs.js';

/**
 * Completion in `cxgov.yaml`: its settings from its schema (severities among them), the rule ids
 * under `rules:` and in an exception's `rule:`, and every entry of the project as an exception's
 * `entity:` (`section/id`).
 */
export function completeConfig(state: ProjectState, file: SourceFile, position: Position, options: CompletionOptions): Completions {
  const typing = typingAt(file, offsetAt(file, position));
  if (!typing) return whole([]);
  const { context } = typing;
  const [section, , field] = context.path;
  const schema = configSchema();
  if (context.position === 'key') {
    if (section === 'rules' && context.path.length === 1) return whole(ruleItems(typing, context.siblings, 'key'));
    return whole(fieldItems(typing, context.path, context.siblings, schema));
  }
  if (context.newItem && schemaAt(context.path, schema)?.type === 'object') return whole(fieldItems(typing, context.path, context.newItem.keys, schema));
  if (section === 'exceptions' && context.path.length === 3 && field === 'rule') return whole(ruleItems(typing, [], 'value'));
  if (section === 'exceptions' && context.path.length === 3 && field === 'entity') return entityItems(state, typing, options);
  return whole(enumItems(typing, schemaAt(context.path, schema)));
}

/** The rules by id, in the order of their documentation, each with what it catches. */
function ruleItems(typing: Typing, written: readonly string[], position: 'key' | 'value'): CompletionItem[] {
  return RULES.filter((rule) => !written.includes(rule.id)).map((rule, index) => {
    const newText = position === 'value' ? `${typing.context.lead}${rule.id}` : typing.colonFollows ? rule.id : `${rule.id}: `;
    return {
      label: rule.id,
      kind: CompletionItemKind.Value,
      detail: rule.description,
      documentation: { kind: MarkupKind.Markdown, value: describeRule(rule) },
      sortText: sortText(index),
      textEdit: { range: typing.range, newText },
    };
  });
}

/** Every entry of the project as an exception names it (`kpis/first-contact-resolution`), with its name. */
function entityItems(state: ProjectState, typing: Typing, options: CompletionOptions): Completions {
  const seen = new Set<string>();
  const entities = [...state.index.entities.values()].flat().filter((entity) => {
    const name = entityName(entity);
    return !seen.has(name) && seen.add(name);
  });
  // As for ids in sources: describing a thousand entries would cost more than the list is worth.
  const inline = entities.length <= INLINE_DOCUMENTATION;
  const { kept, isIncomplete } = cutForTyping(entities, typing.context.prefix, entityName, (entity) => state.index.referencesTo(entity.kind, entity.id).length);
  const items = kept.map((entity) => {
    const name = entityName(entity);
    return {
      label: name,
      kind: CompletionItemKind.Reference,
      detail: entityTitle(entity),
      ...(options.labelDetails && nameBeside(entityTitle(entity))),
      ...(inline && { documentation: { kind: MarkupKind.Markdown, value: describeEntity(state.index, entity) } }),
      textEdit: { range: typing.range, newText: `${typing.context.lead}${name}` },
    };
  });
  return { items, isIncomplete };
}
