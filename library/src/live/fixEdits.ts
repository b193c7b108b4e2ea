import type { FixEdits } from '../check/rule.js';
import { appendItemEdit, appendSectionEdit, setFieldEdit } from '../editor/edits.js';
import { schemaAt } from '../editor/schemaAt.js';
import { sectionsIn } from '../editor/sectionsIn.js';

let idRule: { pattern: RegExp; maxLength: number } | undefined;

/** Whether text is a valid id: the pattern and length the source schema gives ids. */
export function isId(text: string): boolean {
  const schema = idRule ? undefined : schemaAt(['owners', 0, 'id']);
  idRule ??= { pattern: new RegExp(schema?.pattern ?? '^[a-z0-9]+(?:-[a-z0-9]+)*$', 'u'), maxLength: schema?.maxLength ?? 100 };
  return text.length <= idRule.maxLength && idRule.pattern.test(text);
}

/** The edit builders rules' `fixes` are handed (rules sit below the editor helpers). */
export const FIX_EDITS: FixEdits = {
  setField: setFieldEdit,
  appendItem: appendItemEdit,
  appendSection: appendSectionEdit,
  sectionDocs: (file, section) => sectionsIn(file).flatMap((found) => (found.section === section ? [found.doc] : [])),
  isId,
};
