import { KIND_LABEL, type Position } from 'cxgov';
import { schemaAt, type EditorTarget, type FileAnalysis, type Path, type ProjectIndex } from 'cxgov/editor';
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
      if (!definition) return `No ${KIND_LABEL[kind].one} has the id \`${id}\` yet. Define it, or use the id of an existing ${KIND_LABEL[kind].one}.`;
      return describeEntity(index, definition);
    }
    case 'value':
      return fieldDocs(target.path);
  }
}

/** The title and description of the field at a path, from the source schema. */
function fieldDocs(path: Path): string | undefined {
  const schema = schemaAt(path);
  if (!schema) return undefined;
  const body = schema.markdownDescription ?? schema.description;
  if (!schema.title && !body) return undefined;
  return [schema.title ? `**${schema.title}**` : undefined, body].filter(Boolean).join('\n\n');
}
