import type { SourceFile } from '../source/sourceFile.js';
import type { Finding } from '../model/finding.js';
import { entryIndex, movedFixes, type EntryEdit } from '../model/entryEdit.js';
import { itemValidatorFor } from './loadSchema.js';
import { schemaFindings } from './schemaFindings.js';

/**
 * The schema findings of a file after an edit of one entry, from those before it: only the items
 * that replaced the entry are validated, against their section's item schema. The items of
 * source.schema.json's lists are independent of each other and of the rest of the document (no
 * uniqueItems, contains, min/maxItems or unevaluated*), so the findings elsewhere stay as they were,
 * those past the entry moved with it, and the order is the whole validation's: item by item.
 * Undefined when a finding before the edit lies outside the list's items (where the new ones go
 * among those is the whole validation's to say), or names a moved item by its number: the caller
 * validates the whole document.
 */
export function entryEditFindings(previous: readonly Finding[], file: SourceFile, items: readonly unknown[], edit: EntryEdit): Finding[] | undefined {
  const validate = itemValidatorFor(edit.section);
  if (!validate) return undefined;
  const found: Finding[] = [];
  let placed = false;
  const place = () => {
    placed = true;
    items.forEach((item, i) => found.push(...schemaFindings(validate, item, file, 0, [edit.section, edit.at + i])));
  };
  for (const finding of previous) {
    const { at } = finding;
    const index = 'path' in at && at.doc === 0 ? entryIndex(edit, at.path) : undefined;
    if (index === undefined || !('path' in at)) return undefined;
    if (index === edit.at) continue;
    if (index < edit.at) {
      found.push({ ...finding, at: { ...at, file } });
      continue;
    }
    // A finding on an item itself names it by its number ("item 4 of …"), which moved: found whole.
    if (at.path.length === 2 && edit.added !== 1) return undefined;
    if (!placed) place();
    const path = [edit.section, index + edit.added - 1, ...at.path.slice(2)];
    found.push({ ...finding, at: { ...at, file, path }, ...(finding.fixes && { fixes: movedFixes(edit, finding.fixes) }) });
  }
  if (!placed) place();
  return found;
}
