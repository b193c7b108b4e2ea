import type { Entity, EntityKind, Position, Range } from 'cxgov';
import { SECTIONS, cursorContext, fieldPlaceAt, fieldsAt, fullRange, positionAt, sourceSchema, referenceFieldAt, rangeContains, referenceFieldNamed, samePath, schemaAt, type CursorContext, type FileAnalysis, type Path, type SchemaNode, type SourceFile } from 'cxgov/editor';
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import type { ProjectState } from '../host/types.js';
import { describeEntity, entityTitle } from './describe.js';
import { ownEntities } from './entriesWhileTyping.js';
import { cutForTyping } from './completionCut.js';
import { offsetOf } from './source.js';

/** What the cursor is typing, with the range a completion replaces. */
export interface Typing {
  context: CursorContext;
  range: Range;
  /** The key being typed is already followed by its colon. */
  colonFollows: boolean;
}

/** What the client shows of an item. */
export interface CompletionOptions {
  /** Label details (LSP 3.17): the name beside every id, not only on the highlighted item. */
  labelDetails: boolean;
}

/** The items of a completion; `isIncomplete` when a long list was cut for what is typed (see completionCut.ts). */
export interface Completions {
  items: CompletionItem[];
  isIncomplete: boolean;
}

/** A list sent whole, for the editor to filter. */
export function whole(items: CompletionItem[]): Completions {
  return { items, isIncomplete: false };
}

/** Completion at a position: section keys, field names, enum values, or the ids of existing entries. */
export function complete(state: ProjectState, analysis: FileAnalysis, position: Position, options: CompletionOptions = { labelDetails: false }): Completions {
  const offset = offsetOf(analysis, position);
  const typing = typingAt(analysis.file, offset);
  if (!typing) return whole([]);
  const { context } = typing;
  if (context.position === 'key') return whole(keyItems(typing, context.path, context.siblings));
  if (context.newItem && schemaAt(context.path)?.type === 'object') return whole(keyItems(typing, context.path, context.newItem.keys));
  return valueItems(state, analysis, typing, offset, options);
}

/** What is being typed at an offset of a YAML file, read from its text; undefined in comments and text blocks. */
export function typingAt(file: SourceFile, offset: number): Typing | undefined {
  const context = cursorContext(file.text, offset);
  if (!context) return undefined;
  return {
    context,
    range: { start: positionAt(file, context.start), end: positionAt(file, context.end) },
    colonFollows: file.text[context.end] === ':',
  };
}

function keyItems(typing: Typing, path: Path, written: readonly string[]): CompletionItem[] {
  return path.length === 0 ? sectionItems(typing, written) : fieldItems(typing, path, written, sourceSchema());
}

/** The fields a mapping at a path may hold and does not yet, with their documentation, in schema order. */
export function fieldItems(typing: Typing, path: Path, written: readonly string[], schema: SchemaNode): CompletionItem[] {
  const fields = fieldsAt(path, schema);
  const required = new Set(schemaAt(path, schema)?.required ?? []);
  return fields
    .filter(([name]) => !written.includes(name))
    .map(([name, field], index) => {
      const newText = typing.colonFollows ? name : `${name}: `;
      return {
        label: name,
        kind: CompletionItemKind.Property,
        detail: `${field.title ?? name}${required.has(name) ? ' (required)' : ''}`,
        documentation: documentation(field),
        sortText: sortText(index),
        insertText: newText,
        textEdit: { range: typing.range, newText },
      };
    });
}

/** Keeps a list in the order it is given (schema order, documentation order). */
export function sortText(index: number): string {
  return String(index).padStart(3, '0');
}

function sectionItems(typing: Typing, written: readonly string[]): CompletionItem[] {
  return SECTIONS.filter((section) => !written.includes(section)).map((section, index) => {
    const schema = schemaAt([section]) ?? {};
    const newText = typing.colonFollows ? section : section === 'mission' ? 'mission:\n  ' : `${section}:\n  - `;
    return {
      label: section,
      kind: CompletionItemKind.Module,
      detail: schema.title ?? section,
      documentation: documentation(schema),
      sortText: sortText(index),
      insertText: newText,
      textEdit: { range: typing.range, newText },
    };
  });
}

function valueItems(state: ProjectState, analysis: FileAnalysis, typing: Typing, offset: number, options: CompletionOptions): Completions {
  const { context } = typing;
  const inList = typeof context.path[context.path.length - 1] === 'number';
  const field = referenceFieldAt(context.path);
  if (field) return idItems(state, analysis, typing, field.kind, offset, options, (id) => id);
  // `supports: ` with no list yet: offer the ids, written as a one-item list.
  const key = context.path[context.path.length - 1];
  const listField = !inList && typeof key === 'string' ? referenceFieldNamed(context.path.slice(0, -1), key) : undefined;
  if (listField?.many) return idItems(state, analysis, typing, listField.kind, offset, options, (id) => `[${id}]`);
  return whole(enumItems(typing, schemaAt(context.path)));
}

/** The values a field allows (its enum, or true and false), with the field's documentation. */
export function enumItems(typing: Typing, schema: SchemaNode | undefined): CompletionItem[] {
  if (!schema) return [];
  const values = schema.enum ?? (schema.type === 'boolean' ? [true, false] : []);
  return values.map((value, index) => ({
    label: String(value),
    kind: CompletionItemKind.EnumMember,
    detail: schema.title,
    documentation: documentation(schema),
    sortText: sortText(index),
    textEdit: { range: typing.range, newText: `${typing.context.lead}${String(value)}` },
  }));
}

function idItems(state: ProjectState, analysis: FileAnalysis, typing: Typing, kind: EntityKind, offset: number, options: CompletionOptions, wrap: (id: string) => string): Completions {
  const written = new Set(typing.context.siblings);
  const own = ownEntities(analysis, offset);
  // An entry cannot be its own guardrail or its own member.
  const place = fieldPlaceAt(typing.context.path);
  const self = place && own.find((entity) => samePath(entity.path, place.entityPath) && rangeContains(fullRange(entity.file, entity.doc, entity.path), typing.range.start));
  const offered = candidates(state, own, analysis.file.path, kind).filter((entity) => !written.has(entity.id) && !(self && entity.kind === self.kind && entity.id === self.id));
  const inline = offered.length <= INLINE_DOCUMENTATION;
  // The file's own entries first (candidates lists them first), then those the project names most.
  const others = offered.findIndex((entity) => entity.file.path !== analysis.file.path);
  const ownCount = others === -1 ? offered.length : others;
  const relevance = (entity: Entity, index: number) => (index < ownCount ? Number.MAX_SAFE_INTEGER : state.index.referencesTo(kind, entity.id).length);
  const { kept, isIncomplete } = cutForTyping(offered, typing.context.prefix, (entity) => entity.id, relevance);
  const items = kept.map((entity) => ({
    label: entity.id,
    kind: CompletionItemKind.Reference,
    detail: entityTitle(entity),
    ...(options.labelDetails && nameBeside(entityTitle(entity))),
    ...(inline ? { documentation: { kind: MarkupKind.Markdown, value: describeEntity(state.index, entity) } } : { data: { path: analysis.file.path, offset, kind } satisfies IdItemData }),
    filterText: entity.id,
    textEdit: { range: typing.range, newText: `${typing.context.lead}${wrap(entity.id)}` },
  }));
  return { items, isIncomplete };
}

/** The name shown right after an id in the list (`talent-team — Talent team`), on every item. */
export function nameBeside(title: string | undefined): Pick<CompletionItem, 'labelDetails'> | undefined {
  return title ? { labelDetails: { detail: ` — ${title}` } } : undefined;
}

/**
 * Up to this many ids, each item carries its documentation. Beyond it (a project's thousand
 * owners), describing every entry would cost more than the editor can wait for a list it
 * filters anyway: the documentation of the item the user looks at comes from `completionItem/resolve`.
 */
export const INLINE_DOCUMENTATION = 100;

/**
 * What an id item without documentation carries, to be described on resolve (its label is the
 * id). The same for every item of a list, so that it can be sent once as the list's default.
 */
export interface IdItemData {
  path: string;
  offset: number;
  kind: EntityKind;
}

/** The documentation of an id item, found again as the completion found it; undefined when it is gone. */
export function describeItem(state: ProjectState, analysis: FileAnalysis, data: IdItemData, id: string): string | undefined {
  const own = ownEntities(analysis, Math.min(data.offset, analysis.file.text.length));
  const entity = candidates(state, own, analysis.file.path, data.kind).find((candidate) => candidate.id === id);
  return entity && describeEntity(state.index, entity);
}

/**
 * The entries of a kind the project defines, one per id. The file being typed in may not parse
 * mid-edit, which drops its entries from the project: its own entries are passed in.
 */
function candidates(state: ProjectState, own: readonly Entity[], path: string, kind: EntityKind): Entity[] {
  const seen = new Set<string>();
  const result: Entity[] = [];
  for (const entity of [...own.filter((candidate) => candidate.kind === kind), ...(state.index.entities.get(kind) ?? [])]) {
    if (entity.file.path === path && !own.includes(entity)) continue;
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    result.push(entity);
  }
  return result;
}

/** A schema node's documentation, as an item shows it. */
export function documentation(schema: SchemaNode): CompletionItem['documentation'] {
  const value = schema.markdownDescription ?? schema.description;
  return value ? { kind: MarkupKind.Markdown, value } : undefined;
}
