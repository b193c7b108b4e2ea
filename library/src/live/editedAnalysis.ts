import type { FileAnalysis } from '../model/fileAnalysis.js';
import { isRecord } from '../model/extractEntities.js';
import { reparseItem } from '../source/reparseItem.js';
import { parseSource } from '../source/sourceFile.js';
import { analyzeData, analyzeFile } from '../check/analyzeFile.js';

/**
 * The analysis of a source's new text. When it differs from `previous` inside one item of a
 * top-level list, only that item is parsed again (see reparseItem) and `previous` gives up its
 * YAML document to the result; the schema, entities and references are found again from the
 * spliced data, as analyzeFile finds them. Otherwise the whole text is parsed.
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
  return analyzeData(spliced.file, [{ ...data, [spliced.section]: items }], []);
}
