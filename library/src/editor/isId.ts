import { schemaAt } from './schemaAt.js';

let idRule: { pattern: RegExp; maxLength: number } | undefined;

/** Whether text is a valid id: the pattern and length the source schema gives ids. */
export function isId(text: string): boolean {
  const schema = idRule ? undefined : schemaAt(['owners', 0, 'id']);
  idRule ??= { pattern: new RegExp(schema?.pattern ?? '^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u'), maxLength: schema?.maxLength ?? 100 };
  return text.length <= idRule.maxLength && idRule.pattern.test(text);
}
