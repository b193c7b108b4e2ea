import type { FileAnalysis } from '../model/fileAnalysis.js';
import type { EntryEdit } from '../model/entryEdit.js';
import { isRecord } from '../model/extractEntities.js';
import { reparseItem, type SplicedSource } from '../source/reparseItem.js';
import { parseSource } from '../source/sourceFile.js';
import { analyzeData, analyzeFile } from '../check/analyzeFile.js';
import { entryEditFindings } from '../schema/entryFindings.js';
import { recordEntryEdit } from './entryEdits.js';

/**
 * The analysis of a source's new text. When it differs from `previous` inside one item of a
 * top-level list, only that item is parsed again (see reparseItem) and `previous` gives up its
 * YAML document to the result; the entities and references are found again from the spliced data,
 * as analyzeFile finds them, and the schema validates the new item only when it can (see
 * entryEditFindings). Otherwise the whole text is parsed.
 */
export function analyzeEdited(path: string, text: string, previous: FileAnalysis | undefined, maxFileSize?: number): FileAnalysis {
  // A lean source (read from disk without its YAML documents) parses the whole text again when asked for them.
  if (previous?.file.walker) previous = undefined;
  if (previous && previous.file.path === path && previous.file.text === text && previous.file.documents.length > 0) return previous;
  const first = previous?.data[0];
  const data = previous && !previous.damage && previous.data.length === 1 && isRecord(first) ? first : undefined;
  const spliced = data && reparseItem(previous!.file, text, maxFileSize);
  const list = spliced && Object.hasOwn(data, spliced.section) ? data[spliced.section] : undefined;
  if (!spliced || !Array.isArray(list)) return analyzeFile(parseSource(path, text, maxFileSize));
  const items = [...list];
  items.splice(spliced.at, 1, ...spliced.items);
  const edit = entryEdit(previous!, spliced);
  const schema = entryEditFindings(previous!.schema, spliced.file, spliced.items, edit);
  const analysis = analyzeData(spliced.file, [{ ...data, [spliced.section]: items }], [], undefined, schema);
  // Found whole, the schema's findings may lie outside the entry: the rules then run over the whole file.
  if (schema) recordEntryEdit(previous!, analysis, edit);
  return analysis;
}

/** The edit in lines (0-based), from the old text's lines and the new one's. */
function entryEdit(previous: FileAnalysis, { section, at, items, from, to, delta, file }: SplicedSource): EntryEdit {
  const lineBefore = (offset: number) => previous.file.lineCounter.linePos(offset).line - 1;
  const toLine = lineBefore(to);
  return { section, at, added: items.length, fromLine: lineBefore(from), toLine, lineDelta: file.lineCounter.linePos(to + delta).line - 1 - toLine };
}
