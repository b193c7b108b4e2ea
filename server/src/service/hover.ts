import type { EntityKind, Position } from 'cxgov';
import { KIND_LABEL, schemaAt, type EditorTarget, type FileAnalysis, type Path, type ProjectIndex, type SchemaNode } from 'cxgov/editor';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import { describeEntity } from './describe.js';
import { targetOf } from './target.js';

/** Hover: a field's documentation on a key or a plain value, the entry's details on an id or a reference. */
export function hover(index: ProjectIndex, analysis: FileAnalysis, position: Position): Hover | null {
  const target = targetOf(analysis, position);
  if (!target) return null;
  const value = hoverText(index, target);
  return value ? { contents: { kind: MarkupKind.Markdown, value }, range: target.range } : null;
}

function hoverText(index: ProjectIndex, target: EditorTarget): string | undefined {
  switch (target.type) {
    case 'key':
      return fieldDocs(target.path);
    case 'id':
      return describeEntity(index, target.entity);
    case 'reference': {
      const { kind, id } = target.reference;
      const [definition] = index.definitions(kind, id);
      return definition ? describeEntity(index, definition) : undefinedId(kind, id);
    }
    case 'value':
      return fieldDocs(target.path);
  }
}

/** What a hover says of an id that names nothing yet. */
export function undefinedId(kind: EntityKind, id: string): string {
  return `No ${KIND_LABEL[kind].one} has the id \`${id}\` yet. Define it, or use the id of an existing ${KIND_LABEL[kind].one}.`;
}

/** The title and description of the field at a path, from the source schema (or another). */
export function fieldDocs(path: Path, root?: SchemaNode): string | undefined {
  const schema = schemaAt(path, root);
  if (!schema) return undefined;
  const body = schema.markdownDescription ?? schema.description;
  if (!schema.title && !body) return undefined;
  return [schema.title ? `**${schema.title}**` : undefined, body].filter(Boolean).join('\n\n');
}
