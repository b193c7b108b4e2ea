import type { FixEdits } from '../check/rule.js';
import { appendItemEdit, appendSectionEdit, setFieldEdit } from '../editor/edits.js';
import { isId } from '../editor/isId.js';
import { sectionsIn } from '../editor/sectionsIn.js';

/** The edit builders rules' `fixes` are handed (rules sit below the editor helpers). */
export const FIX_EDITS: FixEdits = {
  setField: setFieldEdit,
  appendItem: appendItemEdit,
  appendSection: appendSectionEdit,
  sectionDocs: (file, section) => sectionsIn(file).flatMap((found) => (found.section === section ? [found.doc] : [])),
  isId,
};
