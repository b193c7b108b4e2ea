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

/** The edit in lines: from the old text's line starts and the new one's. */
function entryEdit(previous: FileAnalysis, { section, at, items, from, to, delta, file }: SplicedSource): EntryEdit {
  const before = previous.file.lineCounter.lineStarts;
  const toLine = lineIndex(before, to);
  return { section, at, added: items.length, fromLine: lineIndex(before, from), toLine, lineDelta: lineIndex(file.lineCounter.lineStarts, to + delta) - toLine };
}

/** The index of the line that starts at `offset` (a line start), by binary search. */
function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
